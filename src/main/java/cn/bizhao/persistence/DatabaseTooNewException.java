package cn.bizhao.persistence;

import cn.bizhao.domain.DomainException;

/** The schema was written by a newer program; opening it with this one could damage it. */
public final class DatabaseTooNewException extends DomainException {
    public DatabaseTooNewException(String databaseVersion, String programVersion) {
        super("error.database.tooNew", databaseVersion, programVersion);
    }
}
