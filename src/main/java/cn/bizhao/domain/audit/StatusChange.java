package cn.bizhao.domain.audit;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of an application's status history, read back from the audit trail. Every writer of a
 * {@link AuditAction#STATUS_CHANGED} record starts its detail with {@code FROM->TO}, then the action's
 * name when there is one, then a free note (an acceptance number, a reason, a package type); the
 * record of {@link AuditAction#APPLICATION_CREATED} is the start, as a draft.
 *
 * @param from   the status before; null for the creation
 * @param action the action named in the record, else the move the state machine has from {@code from} to
 *               {@code to}; null for the creation
 * @param note   what else the record says, possibly empty
 */
public record StatusChange(Instant at, String actor, ApplicationStatus from, ApplicationStatus to,
                           StatusAction action, String note) {
    private static final Pattern DETAIL = Pattern.compile("([A-Z_]+)->([A-Z_]+)(?:\\s+(\\S+))?(?:\\s+(.*))?",
            Pattern.DOTALL);

    /** The step the record describes; empty for records of anything else or of a shape not written by the program. */
    public static Optional<StatusChange> of(AuditRecord record) {
        AuditEntry entry = record.entry();
        if (entry.action() == AuditAction.APPLICATION_CREATED) {
            return Optional.of(new StatusChange(entry.recordedAt(), entry.actor(), null, ApplicationStatus.DRAFT, null,
                    ""));
        }
        if (entry.action() != AuditAction.STATUS_CHANGED || entry.detail() == null) {
            return Optional.empty();
        }
        Matcher detail = DETAIL.matcher(entry.detail().strip());
        Optional<ApplicationStatus> from = status(detail.matches() ? detail.group(1) : null);
        Optional<ApplicationStatus> to = status(detail.matches() ? detail.group(2) : null);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        StatusAction named = action(detail.group(3));
        String note = String.join(" ", named == null && detail.group(3) != null ? detail.group(3) : "",
                detail.group(4) == null ? "" : detail.group(4)).strip();
        StatusAction action = named != null ? named : moveBetween(from.get(), to.get());
        return Optional.of(new StatusChange(entry.recordedAt(), entry.actor(), from.get(), to.get(), action, note));
    }

    private static Optional<ApplicationStatus> status(String name) {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** A record that names no action (intake's, an imported result's) made the move the state machine has between the two. */
    private static StatusAction moveBetween(ApplicationStatus from, ApplicationStatus to) {
        return Arrays.stream(StatusAction.values()).filter(a -> StatusMachine.next(from, a).filter(to::equals).isPresent())
                .findFirst().orElse(null);
    }

    private static StatusAction action(String word) {
        return Arrays.stream(StatusAction.values()).filter(a -> a.name().equals(word)).findFirst().orElse(null);
    }
}
