package cn.bizhao.service.packages;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.service.Services;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/** Real stations with signing keys and accepted applications, for the package services' tests. */
public final class PackageStations {
    private PackageStations() {
    }

    /** A station whose administrator (holding every role) has created the signing key. */
    public static Services withKey(Path home) {
        Services services = TestStation.withAdministrator(home);
        services.keys().create(admin(services), KeyAlgorithm.DEFAULT);
        return services;
    }

    public static User admin(Services services) {
        return services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    /** A user with only the given role, as the user management of a later version will make them. */
    public static User only(Role role) {
        return new User(1000 + role.ordinal(), role.name().toLowerCase(), role.name(), Set.of(role), true, false);
    }

    /** An accepted application with a photo and three materials of one page each. */
    public static Application accepted(Services services) {
        return accepted(services, List.of(IntakeFixtures.jpeg(600, 800, Color.LIGHT_GRAY)));
    }

    /** An accepted application whose overseas certificate has the given pages. */
    public static Application accepted(Services services, List<byte[]> certificatePages) {
        return accepted(services, certificatePages.size(), certificatePages::get);
    }

    /** As above, each page made only when it is stored, so a benchmark never holds them all. */
    public static Application accepted(Services services, int pageCount, IntFunction<byte[]> certificatePage) {
        User clerk = admin(services);
        var intake = services.intake();
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), IntakeFixtures.employee(), IntakeFixtures.vietnameseElectrician());
        intake.compare(clerk, draft.id(), "越南", "电工", "四级");
        intake.setPhoto(clerk, draft.id(), IntakeFixtures.jpeg(384, 480, Color.WHITE));
        intake.addPage(clerk, draft.id(), MaterialKind.ID_DOCUMENT,
                new PageUpload(IntakeFixtures.jpeg(600, 800, Color.PINK), "image/jpeg"));
        for (int i = 0; i < pageCount; i++) {
            intake.addPage(clerk, draft.id(), MaterialKind.OVERSEAS_CERTIFICATE,
                    new PageUpload(certificatePage.apply(i), "image/jpeg"));
        }
        intake.addPage(clerk, draft.id(), MaterialKind.LABOUR_CONTRACT,
                new PageUpload(IntakeFixtures.jpeg(600, 800, Color.CYAN), "image/jpeg"));
        return intake.accept(clerk, draft.id(), true);
    }

    /** Each station trusts the other's certificate, exchanged as PEM files. */
    public static void exchangeCertificates(Services one, Services other, Path folder) throws IOException {
        Path first = Files.writeString(folder.resolve("one.pem"), one.keys().exportPem(admin(one)));
        Path second = Files.writeString(folder.resolve("other.pem"), other.keys().exportPem(admin(other)));
        other.keys().trust(admin(other), first);
        one.keys().trust(admin(one), second);
    }

    public static Path exportOne(Services services, ExportKind kind, long applicationId, Path folder) {
        return services.exports().export(admin(services), new ExportRequest(kind, List.of(applicationId), folder,
                Optional.empty()), ExportProgress.NONE).packages().get(0).file();
    }

    /**
     * The reviewer's station reviews an imported application in full, as a reviewer does at the
     * screen: verdicts on every material, the certificate verified with an evidence page, the
     * opinion, the direct route; then the conclusion for the supervisor.
     */
    public static void reviewAndConclude(Services reviewer, long importedId, Outcome outcome, String detail) {
        User person = admin(reviewer);
        var review = reviewer.review();
        if (reviewer.intake().find(importedId).status() == ApplicationStatus.ACCEPTED) {
            review.start(person, importedId);
        }
        for (Material material : reviewer.intake().find(importedId).materials()) {
            review.recordVerdict(person, importedId, material.kind(), MaterialVerdict.VALID, "checked " + material.kind());
        }
        review.recordVerification(person, importedId, VerificationMethod.ISSUER_REGISTER, LocalDate.now().minusDays(1),
                VerificationResult.CONFIRMED, "issuer register");
        review.addEvidence(person, importedId, new PageUpload(IntakeFixtures.jpeg(300, 400, Color.YELLOW), "image/jpeg"));
        review.saveOpinion(person, importedId, ReviewFixtures.OPINION);
        review.chooseRoute(person, importedId, Route.DIRECT, List.of());
        review.conclude(person, importedId, outcome, detail);
    }

    /**
     * A review result signed by the reviewer's station but about whatever the test says: another
     * record number, a status the reviewer never reached. Only a station that was tampered with
     * would send one; the counter must refuse it all the same.
     */
    public static Path forgedResult(Services reviewer, long importedId, long originRecordId, ApplicationStatus decision,
                                    Path folder) throws IOException {
        Application here = reviewer.intake().find(importedId);
        Application decided = new Application(originRecordId, here.acceptanceNo(), decision, here.applicant(),
                here.certificate(), here.photoSha256(), here.materials(), here.clerk(), here.createdAt(),
                here.acceptedAt());
        PackageContent content = new PackageContent(PackageType.REVIEW_RESULT, "Reviewer station", decided,
                () -> new ByteArrayInputStream(reviewer.documents().registrationForm(importedId)),
                () -> new ByteArrayInputStream(reviewer.intake().content(here.photoSha256())),
                page -> new ByteArrayInputStream(reviewer.intake().content(page.sha256())),
                Optional.of(reviewer.review().open(admin(reviewer), importedId).review()));
        return new PackageWriter(Clock.systemUTC()).write(content, reviewer.keys().credentials(),
                ExportTarget.plain(folder), ExportMonitor.NONE);
    }
}
