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
}
