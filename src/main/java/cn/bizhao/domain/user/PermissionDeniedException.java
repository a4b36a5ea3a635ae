package cn.bizhao.domain.user;

import cn.bizhao.domain.DomainException;

/** Someone tried what their roles do not allow; the message says which role may do it. */
public final class PermissionDeniedException extends DomainException {
    private final Permission permission;

    public PermissionDeniedException(Permission permission) {
        super("error.permission." + permission.name());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
