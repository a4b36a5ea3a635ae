package cn.bizhao.domain.application;

/** 申报材料: the kinds of material of notice 三(一). */
public enum MaterialKind {
    ID_DOCUMENT, OVERSEAS_CERTIFICATE, LABOUR_CONTRACT, WORK_PERMIT, STUDENT_STATUS, REGISTRATION_FORM;

}
