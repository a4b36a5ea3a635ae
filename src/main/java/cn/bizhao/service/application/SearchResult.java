package cn.bizhao.service.application;

import java.util.List;

/**
 * The applications found, newest first, and how many match in all: more than are listed when the
 * query's limit cut the list.
 */
public record SearchResult(List<FoundApplication> applications, int total) {
    public SearchResult {
        applications = List.copyOf(applications);
    }

    /** Whether every matching application is listed. */
    public boolean complete() {
        return total == applications.size();
    }
}
