package cn.bizhao.service.packages;

/** What importing a package did; names shown via {@code importOutcome.<NAME>}. */
public enum ImportOutcome {
    /** A review package became a read-only application at this (reviewer's) station. */
    APPLICATION_CREATED,
    /** A review result moved the original application to the reviewer's decision. */
    RESULT_APPLIED,
    /** This very package was imported before: nothing changed. */
    ALREADY_IMPORTED
}
