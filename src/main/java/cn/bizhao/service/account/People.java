package cn.bizhao.service.account;

import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;
import java.util.HashMap;
import java.util.Map;

/**
 * People as a reader meets them: by the name an administrator gave them, not their login. The login
 * stays where an administrator needs it (the users screen, the audit trail's actor). A login no user
 * holds any more (an imported application's clerk at another station) is shown as it is.
 */
public final class People {
    private final Map<String, String> names = new HashMap<>();

    private People(UnitOfWork uow) {
        for (UserRow row : uow.mapper(UserMapper.class).all()) {
            if (row.getDisplayName() != null && !row.getDisplayName().isBlank()) {
                names.put(row.getLogin(), row.getDisplayName());
            }
        }
    }

    /** The names of everyone at the station, read once inside the caller's unit of work. */
    public static People of(UnitOfWork uow) {
        return new People(uow);
    }

    /** The person's name, or the login itself when no user of this station holds it. */
    public String name(String login) {
        return login == null ? null : names.getOrDefault(login, login);
    }
}
