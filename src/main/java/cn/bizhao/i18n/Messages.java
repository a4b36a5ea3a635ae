package cn.bizhao.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to user-visible text: every string comes from the {@code messages} bundles,
 * Chinese first ({@code messages.properties}), English complete ({@code messages_en.properties}).
 */
public final class Messages {
    public static final String BUNDLE = "cn.bizhao.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Messages in the given language; anything but English gets Chinese. */
    public static Messages of(Locale locale) {
        Locale chosen = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, NO_FALLBACK));
    }

    /** The official Chinese texts, used on printed documents whatever the screen language. */
    public static Messages chinese() {
        return of(CHINESE);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for a key, with {0}-style arguments; enum arguments are shown by their own key. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key, e);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = display(arguments[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    /** The text for an enum constant: its key is {@code <prefix>.<NAME>} as given by its messageKey. */
    public String of(Enum<?> constant) {
        return get(keyOf(constant));
    }

    private Object display(Object argument) {
        if (argument instanceof Enum<?> e) {
            return bundle.containsKey(keyOf(e)) ? get(keyOf(e)) : e.name();
        }
        if (argument instanceof Number n) {
            return n.toString();
        }
        return argument;
    }

    private static String keyOf(Enum<?> constant) {
        return enumPrefix(constant.getDeclaringClass()) + "." + constant.name();
    }

    private static String enumPrefix(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
