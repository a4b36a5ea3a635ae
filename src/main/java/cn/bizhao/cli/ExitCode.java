package cn.bizhao.cli;

/** The exit codes of the command line; scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOT_IN_CATALOG = 3;
    /** A package did not verify, or was refused on import. */
    public static final int PACKAGE_INVALID = 4;
    /** {@code audit verify}: the audit trail's hash chain is broken (4 is the package check's). */
    public static final int AUDIT_CHAIN_BROKEN = 5;
    /** {@code backup verify}, {@code restore}: a file of the backup does not match its manifest. */
    public static final int BACKUP_DAMAGED = 6;

    private ExitCode() {
    }
}
