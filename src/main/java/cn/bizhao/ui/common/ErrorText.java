package cn.bizhao.ui.common;

import cn.bizhao.domain.DomainException;
import cn.bizhao.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a clear message for the person; details go to the log only. */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        if (failure instanceof DomainException e) {
            return messages.get(e.messageKey(), e.arguments());
        }
        LOG.error("unexpected failure", failure);
        return messages.get("error.unexpected");
    }
}
