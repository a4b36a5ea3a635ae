package cn.bizhao.packaging.zip;

/** Why the safe reader refuses a ZIP before a single byte of it is used. */
public enum ZipRefusal {
    /** Not a ZIP, a ZIP spread over several disks, ZIP64, encryption, or an unknown compression method. */
    MALFORMED,
    /** A name with a {@code ..} segment, which would land outside the extraction folder. */
    PATH_ESCAPES,
    /** A name starting with {@code /}, {@code \} or a drive letter. */
    ABSOLUTE_PATH,
    /** A name with characters no file system of ours takes: control characters, backslash, {@code : * ? " < > |}, empty segments. */
    ILLEGAL_NAME,
    /** A name whose bytes are not UTF-8. */
    NON_UTF8_NAME,
    /** Two entries that would become the same file (case and Unicode normalisation ignored). */
    DUPLICATE_NAME,
    /** A symbolic link entry. */
    LINK,
    /** More entries, or more bytes once inflated, than any package can hold. */
    TOO_LARGE,
    /** An entry that inflates far beyond its compressed size, or beyond the size it declares: a zip bomb. */
    COMPRESSION_RATIO
}
