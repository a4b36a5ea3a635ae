package cn.bizhao.service.packages;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import cn.bizhao.domain.application.StatusMachine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a reviewer's decision reaches the original application: the shortest run of review
 * actions of the state machine from its status here to the decision, so that every step is a
 * transition the machine allows and is audited as such. Nothing but review actions is used:
 * a review result cannot submit, certify or withdraw an application.
 */
final class ReviewResultPath {
    static final Set<StatusAction> REVIEW_ACTIONS = EnumSet.of(StatusAction.START_REVIEW,
            StatusAction.REQUIRE_ASSESSMENT, StatusAction.RECORD_ASSESSMENT, StatusAction.RETURN, StatusAction.REJECT,
            StatusAction.APPROVE);

    private ReviewResultPath() {
    }

    /** The statuses passed through after {@code from}, ending with {@code to}; empty list when already there. */
    static Optional<List<ApplicationStatus>> between(ApplicationStatus from, ApplicationStatus to) {
        Map<ApplicationStatus, ApplicationStatus> cameFrom = new EnumMap<>(ApplicationStatus.class);
        Deque<ApplicationStatus> queue = new ArrayDeque<>(List.of(from));
        Set<ApplicationStatus> seen = EnumSet.of(from);
        while (!queue.isEmpty()) {
            ApplicationStatus current = queue.poll();
            if (current == to) {
                List<ApplicationStatus> path = new ArrayList<>();
                for (ApplicationStatus s = to; s != from; s = cameFrom.get(s)) {
                    path.add(s);
                }
                Collections.reverse(path);
                return Optional.of(path);
            }
            for (StatusAction action : REVIEW_ACTIONS) {
                StatusMachine.next(current, action).filter(seen::add).ifPresent(next -> {
                    cameFrom.put(next, current);
                    queue.add(next);
                });
            }
        }
        return Optional.empty();
    }
}
