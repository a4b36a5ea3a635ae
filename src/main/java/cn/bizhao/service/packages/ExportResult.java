package cn.bizhao.service.packages;

import cn.bizhao.domain.application.ApplicationStatus;
import java.nio.file.Path;
import java.util.List;

/** What an export left in the folder: the packages and the batch list (CSV and PDF). */
public record ExportResult(List<Exported> packages, Path batchCsv, Path batchPdf) {
    public ExportResult {
        packages = List.copyOf(packages);
    }

    /** One package written, and the application's status after the export. */
    public record Exported(long applicationId, String acceptanceNo, Path file, long bytes, ApplicationStatus status) {
    }
}
