package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Application;

/** Where the wizard can lead the clerk: to another application, to the workbench, to the next applicant. */
public interface IntakeExits {
    /** Opens an application found as a duplicate. */
    void openExisting(Application existing);

    /** Leaves the wizard for the workbench, the draft kept. */
    void toWorkbench();

    /** A new, empty intake for the next applicant. */
    void startNew();
}
