package cn.bizhao.service.packages;

import cn.bizhao.domain.application.ApplicationStatus;

/** The application a package was imported into, and its status now. */
public record ImportResult(ImportOutcome outcome, ExportKind kind, long applicationId, String acceptanceNo,
                           ApplicationStatus status) {
}
