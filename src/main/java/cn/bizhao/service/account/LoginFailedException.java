package cn.bizhao.service.account;

import cn.bizhao.domain.DomainException;

/** A refused login; the message never tells whether the user exists. */
public final class LoginFailedException extends DomainException {
    public LoginFailedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
