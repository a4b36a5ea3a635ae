package cn.bizhao.service.account;

import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.PermissionDeniedException;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.user.UserMapper;
import cn.bizhao.persistence.user.UserRow;

/**
 * The person acting, checked against the database inside the unit of work: a session may have been
 * opened before an administrator disabled the user or took a role away, and the stored user wins.
 */
public final class Actors {
    private Actors() {
    }

    /**
     * The actor as stored now, once it is known to hold the permission.
     *
     * @throws PermissionDeniedException when the stored user is gone, disabled, or lacks the permission
     */
    public static User require(UnitOfWork uow, User actor, Permission permission) {
        Permissions.require(actor, permission);
        UserMapper users = uow.mapper(UserMapper.class);
        UserRow row = users.findByLogin(actor.login());
        if (row == null || row.getId() != actor.id()) {
            throw new PermissionDeniedException(permission);
        }
        User stored = StoredUsers.of(users, row);
        Permissions.require(stored, permission);
        return stored;
    }
}
