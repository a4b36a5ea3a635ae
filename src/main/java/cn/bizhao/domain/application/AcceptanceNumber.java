package cn.bizhao.domain.application;

/**
 * 受理编号: institution code, year and a sequence that restarts each year, such as
 * {@code GXJD01-2026-00042}. The sequence comes from a counter that never goes back.
 */
public final class AcceptanceNumber {
    private AcceptanceNumber() {
    }

    public static String format(String institutionCode, int year, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("acceptance sequence out of range: " + sequence);
        }
        return String.format("%s-%d-%05d", institutionCode, year, sequence);
    }
}
