package cn.bizhao.documents;

import cn.bizhao.domain.DomainException;

/**
 * A document could not be produced, shown or printed. Like every error the user sees, it carries a
 * message key and arguments (keys under {@code document.error.}), never text, so the UI and the
 * command line say in Chinese what went wrong and what to do.
 */
public class DocumentException extends DomainException {
    public DocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public DocumentException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        initCause(cause);
    }
}
