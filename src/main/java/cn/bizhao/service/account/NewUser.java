package cn.bizhao.service.account;

import cn.bizhao.domain.user.Role;
import java.util.Set;

/** What the administrator types to create a user; the initial password must be changed at first login. */
public record NewUser(String login, String displayName, Set<Role> roles, char[] password, char[] repeatedPassword) {
    public NewUser {
        roles = Set.copyOf(roles);
    }
}
