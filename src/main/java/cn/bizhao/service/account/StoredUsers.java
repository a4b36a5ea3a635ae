package cn.bizhao.service.account;

import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;
import java.util.HashSet;

/** Users as the services see them: a stored row with its roles, never the password hash. */
final class StoredUsers {
    private StoredUsers() {
    }

    static User of(UserMapper users, UserRow row) {
        return new User(row.getId(), row.getLogin(), row.getDisplayName(), new HashSet<>(users.roles(row.getId())),
                row.isEnabled(), row.isMustChangePassword());
    }
}
