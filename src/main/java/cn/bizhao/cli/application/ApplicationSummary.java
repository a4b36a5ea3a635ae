package cn.bizhao.cli.application;

import cn.bizhao.domain.catalog.OverseasLevel;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.application.FoundApplication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One application as the command line lists it. The document number is masked (by the search): a list
 * goes to screens and scripts' logs, where a full number would be personal data out of its place.
 */
record ApplicationSummary(long id, String acceptanceNo, String status, String statusName, String applicant,
                          String documentNumber, String certificateName, String certificateProject,
                          String certificateLevel, String occupation, String level, String catalogVersion) {

    /**
     * @param screen the command line's language, for the status name
     */
    static ApplicationSummary of(FoundApplication application, Messages screen) {
        return new ApplicationSummary(application.id(), application.acceptanceNo(), application.status().name(),
                screen.of(application.status()), application.name(), application.maskedIdNumber(),
                application.certificateName(), application.certificateProject(), application.certificateLevel(),
                application.occupation(),
                // levels are official titles: always their Chinese names, as on the catalogue
                application.level() == null ? null : Messages.chinese().of(application.level()),
                application.occupation() == null ? null : application.catalogVersion());
    }

    static List<String> headings(Messages screen) {
        return List.of("id", "acceptanceNo", "status", "applicant", "documentNumber", "certificate", "mapping")
                .stream().map(column -> screen.get("cli.applications.column." + column)).toList();
    }

    List<String> cells(Messages screen) {
        return List.of(Long.toString(id), text(acceptanceNo), statusName, text(applicant), documentNumber,
                certificateCell(screen),
                occupation == null ? "" : screen.get("cli.applications.mapping", occupation, level));
    }

    /** 证书名称（职业/项目 等级）, leaving out what a draft does not have yet and the "/" of no level. */
    private String certificateCell(Messages screen) {
        String detail = String.join(" ", Stream.of(certificateProject, certificateLevel)
                .filter(part -> part != null && !part.isBlank() && !OverseasLevel.isNone(part)).toList());
        if (detail.isEmpty()) {
            return text(certificateName);
        }
        return screen.get("cli.applications.certificate", text(certificateName), detail).strip();
    }

    Map<String, Object> asJson() {
        Map<String, Object> certificate = new LinkedHashMap<>();
        certificate.put("name", certificateName);
        certificate.put("project", certificateProject);
        certificate.put("level", certificateLevel);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("acceptanceNo", acceptanceNo);
        json.put("status", status);
        json.put("statusName", statusName);
        json.put("applicant", applicant);
        json.put("documentNumber", documentNumber);
        json.put("certificate", certificate);
        json.put("occupation", occupation);
        json.put("level", level);
        json.put("catalogVersion", catalogVersion);
        return json;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
