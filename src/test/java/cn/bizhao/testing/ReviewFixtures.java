package cn.bizhao.testing;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.service.intake.PageUpload;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Applications taken to any point of review and decision on a real station, and the people who do it. */
public final class ReviewFixtures {
    /** A valid number for 初级工 (level digit 5), as the Vietnamese electrician row maps to. */
    public static final String CERTIFICATE_NO = "S123445123456245000001";
    public static final String OPINION = "经审核，申报材料真实有效，境外证书经发证机构核实，技能模块考核合格，同意比照认定为电工五级/初级工。";

    private final Services services;
    private final User clerk;
    private final User reviewer;
    private final User supervisor;

    /** A valid 初级工 number whose serial is the application's id, so each application has its own. */
    public static String certificateNumber(long applicationId) {
        return "S12344512345624" + "5" + String.format("%06d", applicationId);
    }

    public ReviewFixtures(Services services, User clerk, User reviewer, User supervisor) {
        this.services = services;
        this.clerk = clerk;
        this.reviewer = reviewer;
        this.supervisor = supervisor;
    }

    /** The administrator of a test station does everything (it holds every role). */
    public static ReviewFixtures asAdministrator(Services services) {
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        return new ReviewFixtures(services, admin, admin, admin);
    }

    /** A user with the given roles who has already chosen a password. */
    public static User person(Services services, String login, String name, Role role, String password) {
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        String initial = "Initial-2024";
        services.users().create(admin, new NewUser(login, name, Set.of(role), initial.toCharArray(), initial.toCharArray()));
        services.accounts().changePassword(login, initial.toCharArray(), password.toCharArray(), password.toCharArray());
        return services.accounts().login(login, password.toCharArray());
    }

    public Application draft() {
        return services.intake().startDraft(clerk);
    }

    public Application accepted() {
        return services.intake().accept(clerk, completeDraft().id(), true);
    }

    /** A draft with everything needed for acceptance. */
    public Application completeDraft() {
        var intake = services.intake();
        Application draft = intake.startDraft(clerk);
        intake.saveForm(clerk, draft.id(), IntakeFixtures.employee(), IntakeFixtures.vietnameseElectrician());
        intake.compare(clerk, draft.id(), "越南", "电工", "四级");
        intake.setPhoto(clerk, draft.id(), IntakeFixtures.jpeg(384, 480, Color.WHITE));
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                MaterialKind.LABOUR_CONTRACT)) {
            intake.addPage(clerk, draft.id(), kind, new PageUpload(IntakeFixtures.jpeg(300, 400, Color.WHITE), "image/jpeg"));
        }
        return intake.find(draft.id());
    }

    public long inReview() {
        long id = accepted().id();
        services.review().start(reviewer, id);
        return id;
    }

    /** In review with every material valid, the certificate confirmed and the opinion written. */
    public long reviewed(Route route) {
        long id = inReview();
        var review = services.review();
        for (MaterialKind kind : List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE,
                MaterialKind.LABOUR_CONTRACT)) {
            review.recordVerdict(reviewer, id, kind, MaterialVerdict.VALID, "");
        }
        review.recordVerification(reviewer, id, VerificationMethod.ISSUER_REGISTER, LocalDate.now().minusDays(1),
                VerificationResult.CONFIRMED, "发证机构官网可查");
        review.saveOpinion(reviewer, id, OPINION);
        if (route == Route.DIRECT) {
            review.chooseRoute(reviewer, id, Route.DIRECT, List.of());
        }
        return id;
    }

    public long inAssessment() {
        long id = reviewed(null);
        services.review().chooseRoute(reviewer, id, Route.MODULE_ASSESSMENT, List.of("低压电气线路安装与调试"));
        return id;
    }

    public long passedAssessment() {
        long id = inAssessment();
        services.review().recordAssessment(reviewer, id, 1, LocalDate.now(), true, new BigDecimal("86"), "王考评");
        return id;
    }

    /** IN_REVIEW with the reviewer's conclusion waiting for the supervisor. */
    public long concluded(Outcome outcome) {
        long id = reviewed(Route.DIRECT);
        services.review().conclude(reviewer, id, outcome, outcome == Outcome.APPROVE ? "" : "请补充劳动合同原件");
        return id;
    }

    public long decided(Outcome outcome) {
        long id = concluded(outcome);
        services.supervision().confirm(supervisor, id, "同意");
        return id;
    }

    public long submitted() {
        long id = decided(Outcome.APPROVE);
        services.supervision().recordSubmission(supervisor, id, "");
        return id;
    }

    public long departmentApproved() {
        long id = submitted();
        services.supervision().recordDepartmentDecision(supervisor, id,
                cn.bizhao.domain.review.DepartmentOutcome.APPROVED, LocalDate.now(), "桂人社函〔2025〕1号", "", null);
        return id;
    }

    public long departmentReturned() {
        long id = submitted();
        services.supervision().recordDepartmentDecision(supervisor, id,
                cn.bizhao.domain.review.DepartmentOutcome.RETURNED, LocalDate.now(), "桂人社函〔2025〕2号", "材料不全", null);
        return id;
    }

    public long certified() {
        long id = departmentApproved();
        services.supervision().recordCertificate(supervisor, id, certificateNumber(id), LocalDate.now(), "测试职业技能评价中心");
        return id;
    }
}
