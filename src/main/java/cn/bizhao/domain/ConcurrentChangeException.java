package cn.bizhao.domain;

/**
 * A save made against a version of a record that someone else has changed since it was read
 * (optimistic locking): nothing was saved. The message names who changed it and when.
 */
public final class ConcurrentChangeException extends DomainException {
    private final int currentVersion;

    /**
     * @param changedBy      the display name of the person whose change came first
     * @param changedAt      when, as text in the station's zone
     * @param currentVersion the version now stored, against which the next save may be made
     */
    public ConcurrentChangeException(String changedBy, String changedAt, int currentVersion) {
        super("error.concurrent.changed", changedBy, changedAt);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
