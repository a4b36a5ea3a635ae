package cn.bizhao.persistence.user;

import cn.bizhao.domain.user.Role;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Users of the station, their roles and their login state. */
public interface UserMapper {
    long count();

    UserRow findByLogin(@Param("login") String login);

    List<Role> roles(@Param("userId") long userId);

    void insert(UserRow user);

    void insertRole(@Param("userId") long userId, @Param("role") Role role);

    void recordFailedLogin(@Param("id") long id, @Param("lockedUntil") Instant lockedUntil);

    void recordSuccessfulLogin(@Param("id") long id);

    /** Every user, ordered by login; roles come from {@link #roles}. */
    List<UserRow> all();

    /** How many enabled users hold the role: the station must keep at least one enabled administrator. */
    long countEnabledWithRole(@Param("role") Role role);

    void deleteRoles(@Param("userId") long userId);

    /**
     * A new password hash, which also starts the count of failed logins afresh (a reset is how the
     * administrator lifts a lockout); a password set by the administrator must be changed at next login.
     */
    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash,
                        @Param("mustChangePassword") boolean mustChangePassword);

    void updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);
}
