package cn.bizhao.domain.user;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;

/**
 * The permission matrix: who may do what, and in which status. It combines the roles of a user with
 * the state machine, so a service asks one question before it changes an application. A disabled
 * user holds no permission at all.
 */
public final class Permissions {
    private Permissions() {
    }

    /** Whether the user, as given, may do what the permission covers. */
    public static boolean has(User user, Permission permission) {
        return user.enabled() && permission.heldBy(user.roles());
    }

    /** Refuses, naming the role that may, when the user lacks the permission. */
    public static void require(User user, Permission permission) {
        if (!has(user, permission)) {
            throw new PermissionDeniedException(permission);
        }
    }

    /** The permission a status change needs; a new action does not compile until it is placed here. */
    public static Permission requiredFor(StatusAction action) {
        return switch (action) {
            case ACCEPT, SEND_NOTICE, SUPPLY_MATERIALS, RESUME_REVIEW -> Permission.TAKE_IN;
            case START_REVIEW, REQUIRE_ASSESSMENT, RECORD_ASSESSMENT -> Permission.REVIEW;
            // the reviewer proposes the outcome; the status changes when the supervisor confirms it (decision 0006)
            case RETURN, REJECT, APPROVE, SUBMIT, DEPT_APPROVE, DEPT_RETURN, RECORD_CERTIFICATE, REVOKE ->
                    Permission.SUPERVISE;
            case WITHDRAW -> Permission.RECORD_WITHDRAWAL;
        };
    }

    /** Whether the user may take the action now: their roles allow it and the state machine has the move. */
    public static boolean allows(User user, StatusAction action, ApplicationStatus from) {
        return has(user, requiredFor(action)) && StatusMachine.next(from, action).isPresent();
    }

    /**
     * The status the action leads to, after checking the user's permission first and the state machine
     * second, so that a person without the role learns who may act rather than what the status is.
     *
     * @throws PermissionDeniedException when the user's roles do not allow the action
     * @throws cn.bizhao.domain.application.TransitionRefusedException when the status does not
     */
    public static ApplicationStatus apply(User user, StatusAction action, ApplicationStatus from) {
        require(user, requiredFor(action));
        return StatusMachine.apply(from, action);
    }
}
