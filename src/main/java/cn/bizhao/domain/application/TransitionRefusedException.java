package cn.bizhao.domain.application;

import cn.bizhao.domain.DomainException;

/** An action that the state machine does not allow from the application's status. */
public final class TransitionRefusedException extends DomainException {
    private final ApplicationStatus from;
    private final StatusAction action;

    public TransitionRefusedException(ApplicationStatus from, StatusAction action) {
        super("error.transitionRefused", from, action);
        this.from = from;
        this.action = action;
    }

    public ApplicationStatus from() {
        return from;
    }

    public StatusAction action() {
        return action;
    }
}
