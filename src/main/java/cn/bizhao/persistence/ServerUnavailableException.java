package cn.bizhao.persistence;

import cn.bizhao.domain.DomainException;

/** The institution's database server could not be reached, refused the login or failed the certificate check. */
public final class ServerUnavailableException extends DomainException {
    public ServerUnavailableException(String location, Throwable cause) {
        super("error.database.serverUnavailable", location, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        initCause(cause);
    }
}
