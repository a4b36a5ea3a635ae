package cn.bizhao.domain.review;

import cn.bizhao.domain.application.StatusAction;

/** The outcome a reviewer proposes and a supervisor confirms; shown via {@code outcome.<NAME>}. */
public enum Outcome {
    APPROVE(StatusAction.APPROVE), RETURN(StatusAction.RETURN), REJECT(StatusAction.REJECT);

    private final StatusAction action;

    Outcome(StatusAction action) {
        this.action = action;
    }

    /** The status change that confirming this outcome makes. */
    public StatusAction action() {
        return action;
    }
}
