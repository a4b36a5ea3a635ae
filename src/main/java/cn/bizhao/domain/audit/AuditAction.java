package cn.bizhao.domain.audit;

/** What an audit record says happened. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, USER_CHANGED,
    APPLICATION_CREATED, APPLICATION_EDITED, STATUS_CHANGED, MATERIAL_CHANGED,
    DOCUMENT_PRINTED, STAMPED_FORM_PRINTED, PACKAGE_EXPORTED, PACKAGE_IMPORTED,
    FULL_NUMBER_SHOWN, SETTINGS_CHANGED,
    /** The trail itself was exported (the filter and the number of records are in the detail). */
    AUDIT_TRAIL_EXPORTED,
    /** A backup of the station was made (the folder, file count and size are in the detail). */
    BACKUP_MADE,
    /** This station was restored from a backup (which one, made when and by whom, is in the detail). */
    BACKUP_RESTORED,
    /** The station's whole content was moved from its embedded database to the institution's server (where to, and the counts, are in the detail). */
    DATABASE_MOVED,
    /** A reviewer took a file from the worklist (领取). */
    REVIEW_TAKEN,
    /** A file was handed back: nobody holds it any more (from whom is in the detail). */
    REVIEW_HANDED_BACK
}
