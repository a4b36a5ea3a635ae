package cn.bizhao.domain.user;

import java.util.Set;

/** A person who signs in to the station. */
public record User(long id, String login, String displayName, Set<Role> roles, boolean enabled,
                   boolean mustChangePassword) {
    public User {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
