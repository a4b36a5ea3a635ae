package cn.bizhao.domain.application;

/** 申请人类别: decides which fields and materials are required (form note 1). */
public enum ApplicantCategory {
    EMPLOYEE, SOCIAL, STUDENT;

    /** Students skip 从事现职业及工作年限 and 申请人所在单位意见. */
    public boolean reportsOccupation() {
        return this != STUDENT;
    }

}
