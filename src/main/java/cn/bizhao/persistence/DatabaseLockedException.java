package cn.bizhao.persistence;

import cn.bizhao.domain.DomainException;

/** The database could not be opened: wrong or missing boot key, or another program holds it. */
public final class DatabaseLockedException extends DomainException {
    public DatabaseLockedException(Throwable cause) {
        super("error.database.cannotOpen");
        initCause(cause);
    }
}
