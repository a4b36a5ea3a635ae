package cn.bizhao.testing;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.service.Services;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Applications accepted at chosen moments, for statistics: the form and the catalogue comparison go
 * through the intake service; the acceptance itself is written through the mapper so that its date
 * (and any later status) can be chosen, which the counter cannot do.
 */
public final class AcceptedApplications {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Services services;
    private final User clerk;

    public AcceptedApplications(Services services, User clerk) {
        this.services = services;
        this.clerk = clerk;
    }

    /** A moment in Guangxi's time, e.g. {@code at("2024-03-05T10:00")}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    /** A draft with the given address and employer and a compared certificate, not accepted. */
    public long draft(String address, String employer, String region, String project, String level) {
        Applicant base = IntakeFixtures.employee();
        Applicant applicant = new Applicant(base.name(), base.gender(), base.nationality(), base.education(),
                base.schoolAndMajor(), base.idType(), base.idNumber(), employer, base.employerCreditCode(), address,
                base.phone(), base.currentOccupation(), base.yearsInOccupation(), base.category(), base.foreignNational());
        long id = services.intake().startDraft(clerk).id();
        return draft(id, applicant, new OverseasCertificate(project + "证书", project, level, region + " 示例评价机构",
                "X-" + id, null), region);
    }

    /** A draft of this applicant and certificate, compared with the catalogue under the region given, not accepted. */
    public long draft(Applicant applicant, OverseasCertificate certificate, String region) {
        return draft(services.intake().startDraft(clerk).id(), applicant, certificate, region);
    }

    private long draft(long id, Applicant applicant, OverseasCertificate certificate, String region) {
        services.intake().saveForm(clerk, id, applicant, certificate);
        services.intake().compare(clerk, id, region, certificate.project(), certificate.level());
        return id;
    }

    /** An application accepted at the moment given, then moved to {@code status}. */
    public long accepted(String address, String employer, String region, String project, String level,
                         Instant acceptedAt, ApplicationStatus status) {
        return accept(draft(address, employer, region, project, level), acceptedAt, status);
    }

    /** Accepts the draft at the moment given (numbered {@code TEST45-<year>-<id>}), then moves it to {@code status}. */
    public long accept(long id, Instant acceptedAt, ApplicationStatus status) {
        ((Database) services.resources()).transactions().run(uow -> {
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            applications.accept(id, "TEST45-" + acceptedAt.atZone(CHINA).getYear() + "-" + String.format("%05d", id),
                    acceptedAt);
            if (status != ApplicationStatus.ACCEPTED) {
                applications.updateStatus(id, ApplicationStatus.ACCEPTED, status, acceptedAt);
            }
        });
        return id;
    }
}
