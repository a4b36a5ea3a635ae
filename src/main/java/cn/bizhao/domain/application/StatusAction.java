package cn.bizhao.domain.application;

/** The actions that move an application from one status to another. */
public enum StatusAction {
    ACCEPT, SEND_NOTICE, SUPPLY_MATERIALS, START_REVIEW, REQUIRE_ASSESSMENT, RECORD_ASSESSMENT,
    RETURN, REJECT, APPROVE, SUBMIT, DEPT_APPROVE, DEPT_RETURN, RECORD_CERTIFICATE, WITHDRAW,
    /** 退回补正 corrected: the clerk sends the file back to review. */
    RESUME_REVIEW,
    /** 撤销证书: the department's revocation, or the supervisor's on its written instruction. */
    REVOKE;

}
