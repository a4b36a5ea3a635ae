package cn.bizhao.persistence;

import cn.bizhao.domain.DomainException;

/** The station's database settings cannot be used as they stand: the message key says what is wrong and what to do. */
public final class DatabaseSettingsException extends DomainException {
    public DatabaseSettingsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
