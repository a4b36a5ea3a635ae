package cn.bizhao.service.application;

import cn.bizhao.domain.audit.StatusChange;
import java.util.List;

/** An application found, with its status history from the audit trail, oldest first. */
public record ApplicationOverview(FoundApplication application, List<StatusChange> history) {
    public ApplicationOverview {
        history = List.copyOf(history);
    }
}
