package cn.bizhao.ui.shell;

import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Role;
import java.util.EnumSet;
import java.util.Set;

/** The screens of the left navigation, in order, with the roles that see them. */
public enum Screen {
    WORKBENCH(EnumSet.allOf(Role.class)),
    INTAKE(EnumSet.of(Role.CLERK)),
    REVIEW(EnumSet.of(Role.REVIEWER)),
    SUPERVISION(EnumSet.of(Role.SUPERVISOR)),
    CERTIFICATES(EnumSet.of(Role.SUPERVISOR)),
    /** 人社部门审核: offered at the regional department's station only. */
    DEPARTMENT(EnumSet.of(Role.CLERK, Role.REVIEWER, Role.SUPERVISOR)),
    APPLICATIONS(Permission.FIND_APPLICATIONS.holders()),
    CATALOG(EnumSet.allOf(Role.class)),
    EXPORT_PACKAGES(EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.REVIEWER)),
    VERIFY_PACKAGES(EnumSet.allOf(Role.class)),
    AUDIT(Permission.READ_AUDIT_TRAIL.holders()),
    STATISTICS(Permission.READ_STATISTICS.holders()),
    SETTINGS(EnumSet.of(Role.ADMIN));

    private final Set<Role> roles;

    Screen(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }

    public String titleKey() {
        return "screen." + name();
    }
}
