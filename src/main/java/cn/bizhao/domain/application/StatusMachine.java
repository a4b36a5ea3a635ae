package cn.bizhao.domain.application;

import static cn.bizhao.domain.application.ApplicationStatus.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The state machine of DESIGN.md section 2: the only way an application changes status. */
public final class StatusMachine {
    private static final Map<StatusAction, Map<ApplicationStatus, ApplicationStatus>> MOVES = new EnumMap<>(StatusAction.class);

    static {
        move(StatusAction.ACCEPT, DRAFT, ACCEPTED);
        move(StatusAction.SEND_NOTICE, DRAFT, AWAITING_MATERIALS);
        move(StatusAction.SUPPLY_MATERIALS, AWAITING_MATERIALS, DRAFT);
        move(StatusAction.START_REVIEW, ACCEPTED, IN_REVIEW);
        move(StatusAction.REQUIRE_ASSESSMENT, IN_REVIEW, ASSESSMENT_REQUIRED);
        move(StatusAction.RECORD_ASSESSMENT, ASSESSMENT_REQUIRED, IN_REVIEW);
        move(StatusAction.RETURN, IN_REVIEW, RETURNED);
        move(StatusAction.REJECT, IN_REVIEW, REJECTED);
        move(StatusAction.APPROVE, IN_REVIEW, APPROVED);
        move(StatusAction.SUBMIT, APPROVED, SUBMITTED);
        // 人社部门退回, corrected: submitted again as a new version of the submission
        move(StatusAction.SUBMIT, DEPT_RETURNED, SUBMITTED);
        move(StatusAction.RESUME_REVIEW, RETURNED, IN_REVIEW);
        move(StatusAction.DEPT_APPROVE, SUBMITTED, DEPT_APPROVED);
        move(StatusAction.DEPT_RETURN, SUBMITTED, DEPT_RETURNED);
        move(StatusAction.RECORD_CERTIFICATE, DEPT_APPROVED, CERTIFIED);
        move(StatusAction.REVOKE, CERTIFIED, REVOKED);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.isOpen()) {
                move(StatusAction.WITHDRAW, s, WITHDRAWN);
            }
        }
    }

    private StatusMachine() {
    }

    private static void move(StatusAction action, ApplicationStatus from, ApplicationStatus to) {
        MOVES.computeIfAbsent(action, a -> new EnumMap<>(ApplicationStatus.class)).put(from, to);
    }

    /**
     * The statuses where the process ends: nothing but these may lack a way forward. CERTIFIED ends
     * it for the applicant but may still be revoked.
     */
    public static boolean isFinal(ApplicationStatus status) {
        return status == REJECTED || status == WITHDRAWN || status == REVOKED;
    }

    /** The status the action leads to from {@code from}, or empty when the machine has no such move. */
    public static Optional<ApplicationStatus> next(ApplicationStatus from, StatusAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(action, Map.of()).get(from));
    }

    /** The status the action leads to; refuses a move the machine does not have. */
    public static ApplicationStatus apply(ApplicationStatus from, StatusAction action) {
        return next(from, action).orElseThrow(() -> new TransitionRefusedException(from, action));
    }
}
