package cn.bizhao.persistence;

import cn.bizhao.domain.DomainException;
import java.sql.SQLException;

/** Copying a station's content between databases failed; nothing was kept on the target. */
public final class DatabaseCopyException extends DomainException {
    public DatabaseCopyException(SQLException cause) {
        super("error.database.copyFailed", cause.getMessage());
        initCause(cause);
    }
}
