package cn.bizhao.domain;

import java.util.Arrays;

/**
 * A rule of the domain was broken. It carries a message key and its arguments, never
 * user-visible text: the UI and the command line turn it into a message from the bundles.
 * Arguments that are enums are shown by their own message keys.
 */
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
