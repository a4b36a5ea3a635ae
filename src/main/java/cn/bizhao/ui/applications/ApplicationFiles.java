package cn.bizhao.ui.applications;

import javafx.scene.Parent;

/** The screens that already show a whole application, opened from the search for the user's role. */
public interface ApplicationFiles {
    /** 审核: the reviewer's file, shown in place; {@code back} returns to the search. */
    Parent review(long applicationId, Runnable back);

    /** 主管审批: the supervisor's file, shown in place; {@code back} returns to the search. */
    Parent supervision(long applicationId, Runnable back);

    /** The intake wizard on this draft (新建受理); the window moves there. */
    void continueIntake(long applicationId);

    /** The acceptance receipt in a preview window, to print it again. */
    void receipt(long applicationId, String acceptanceNo);
}
