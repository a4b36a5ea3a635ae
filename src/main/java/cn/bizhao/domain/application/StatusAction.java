package cn.bizhao.domain.application;

/** The actions that move an application from one status to another. */
public enum StatusAction {
    ACCEPT, SEND_NOTICE, SUPPLY_MATERIALS, START_REVIEW, REQUIRE_ASSESSMENT, RECORD_ASSESSMENT,
    RETURN, REJECT, APPROVE, SUBMIT, DEPT_APPROVE, DEPT_RETURN, RECORD_CERTIFICATE, WITHDRAW;

}
