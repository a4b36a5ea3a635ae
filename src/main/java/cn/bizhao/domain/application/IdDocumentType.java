package cn.bizhao.domain.application;

/** 证件类型: the documents the form's 身份证号码 row covers (form note 2). */
public enum IdDocumentType {
    RESIDENT_ID, PASSPORT, HK_MACAO_TRAVEL_PERMIT, TAIWAN_TRAVEL_PERMIT, HMT_RESIDENCE_PERMIT,
    FOREIGN_PERMANENT_RESIDENCE_ID;

    /** Holders of these documents are foreign nationals, who must bring a work permit. */
    public boolean impliesForeignNational() {
        return this == PASSPORT || this == FOREIGN_PERMANENT_RESIDENCE_ID;
    }

}
