package cn.bizhao.domain.review;

import cn.bizhao.domain.application.StatusAction;

/** 自治区人社部门意见; shown via {@code departmentOutcome.<NAME>}. */
public enum DepartmentOutcome {
    APPROVED(StatusAction.DEPT_APPROVE), RETURNED(StatusAction.DEPT_RETURN);

    private final StatusAction action;

    DepartmentOutcome(StatusAction action) {
        this.action = action;
    }

    public StatusAction action() {
        return action;
    }
}
