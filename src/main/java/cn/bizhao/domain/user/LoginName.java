package cn.bizhao.domain.user;

import cn.bizhao.domain.DomainException;
import java.util.regex.Pattern;

/** The form of a login name: typed at a counter keyboard, so plain ASCII letters, digits and "._-". */
public final class LoginName {
    private static final Pattern FORM = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,63}");

    private LoginName() {
    }

    /** The login without surrounding spaces; refuses one of the wrong form. */
    public static String checked(String login) {
        if (login == null || !FORM.matcher(login.strip()).matches()) {
            throw new DomainException("error.account.loginForm");
        }
        return login.strip();
    }
}
