package cn.bizhao.ui.applications;

import cn.bizhao.domain.catalog.OverseasLevel;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.application.FoundApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How an application found is written on the search screen, in the list and in its overview alike. */
final class FoundText {
    private final Messages messages;
    private final ZoneId zone;

    FoundText(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    ResultRow row(FoundApplication a) {
        return new ResultRow(a, number(a), name(a), a.maskedIdNumber(), certificate(a), mapping(a),
                messages.of(a.status()), acceptedOn(a), a.clerkName());
    }

    /** The acceptance number, or the draft's number (暂存号) before acceptance. */
    String number(FoundApplication a) {
        return a.acceptanceNo() == null ? messages.get("intake.draftNumber", a.id()) : a.acceptanceNo();
    }

    String name(FoundApplication a) {
        return a.name() == null || a.name().isBlank() ? messages.get("workbench.noName") : a.name();
    }

    /** 证书名称（项目 等级）, leaving out what a draft does not have yet and the "/" of no level. */
    String certificate(FoundApplication a) {
        String detail = Stream.of(a.certificateProject(), a.certificateLevel())
                .filter(part -> part != null && !part.isBlank() && !OverseasLevel.isNone(part))
                .collect(Collectors.joining(" "));
        String name = a.certificateName() == null ? "" : a.certificateName();
        return detail.isEmpty() ? name : messages.get("applications.certificate", name, detail);
    }

    String mapping(FoundApplication a) {
        return a.occupation() == null ? ""
                : messages.get("applications.mapping", a.occupation(), messages.of(a.level()));
    }

    String acceptedOn(FoundApplication a) {
        return a.acceptedAt() == null ? "" : LocalDate.ofInstant(a.acceptedAt(), zone).toString();
    }
}
