package cn.bizhao.capture;

import cn.bizhao.domain.DomainException;

/**
 * A capture, an import or an image operation failed. Like every {@link DomainException} it
 * carries a message key ({@code capture.*}) and arguments, never text; the cause, when there is
 * one, is kept for the log.
 */
public class CaptureException extends DomainException {

    public CaptureException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public CaptureException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        initCause(cause);
    }
}
