package cn.bizhao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.ReviewPart;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review screen's model on real stations: what it tells the reviewer after the conclusion. */
class ReviewFileViewModelTest {
    @TempDir
    Path counterHome;
    @TempDir
    Path reviewerHome;
    @TempDir
    Path stick;

    @Test
    void aReviewerOfAnImportedApplicationIsToldToSendTheResultBack() throws Exception {
        try (Services counter = PackageStations.withKey(counterHome);
             Services reviewer = PackageStations.withKey(reviewerHome)) {
            PackageStations.exchangeCertificates(counter, reviewer, stick);
            Application sent = PackageStations.accepted(counter);
            Path review = PackageStations.exportOne(counter, ExportKind.REVIEW, sent.id(), stick);
            User person = PackageStations.admin(reviewer);
            long imported = reviewer.imports().importPackage(person, review).applicationId();
            PackageStations.reviewAndConclude(reviewer, imported, Outcome.APPROVE, "");
            reviewer.supervision().sendBack(person, imported, "请补充意见");

            ReviewFileViewModel model = concludeAgain(reviewer, person, imported);

            assertThat(model.fileProperty().get().imported()).isTrue();
            assertThat(model.noticeProperty().get()).contains("审核结果包");
        }
    }

    @Test
    void aReviewerAtTheCounterIsToldTheSupervisorDecides() throws Exception {
        try (Services counter = PackageStations.withKey(counterHome)) {
            ReviewFixtures fixtures = ReviewFixtures.asAdministrator(counter);
            long id = fixtures.concluded(Outcome.APPROVE);
            User person = PackageStations.admin(counter);
            counter.supervision().sendBack(person, id, "请补充意见");

            ReviewFileViewModel model = concludeAgain(counter, person, id);

            assertThat(model.fileProperty().get().imported()).isFalse();
            assertThat(model.noticeProperty().get()).isEqualTo(Messages.chinese().get("review.notice.concluded"));
        }
    }

    @Test
    void anOpinionTypedButNeverSavedOnItsOwnIsSubmittedWithTheFile() throws Exception {
        try (Services station = TestStation.withAdministrator(counterHome)) {
            ReviewFixtures fixtures = ReviewFixtures.asAdministrator(station);
            long id = fixtures.inReview();
            User person = admin(station);
            ReviewFileViewModel model = new ReviewFileViewModel(person, station.review(), TaskRunner.direct(),
                    new ManualDebouncer(), Messages.chinese());
            model.load(id);
            for (MaterialKind kind : model.materials()) {
                model.materialProperty().set(kind);
                model.verdictProperty().set(MaterialVerdict.VALID);
            }
            model.methodProperty().set(VerificationMethod.ISSUER_REGISTER);
            model.resultProperty().set(VerificationResult.CONFIRMED);
            model.routeProperty().set(Route.DIRECT);
            model.outcomeProperty().set(Outcome.APPROVE);
            assertThat(model.missingProperty(ReviewPart.OPINION).get()).isEqualTo(
                    Messages.chinese().of(ReviewProblem.NO_OPINION));
            model.opinionProperty().set(ReviewFixtures.OPINION);
            assertThat(model.missing()).isEmpty();
            assertThat(model.readinessProperty().get()).isEqualTo(Messages.chinese().get("review.missing.none"));

            model.submit();

            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(station.review().open(person, id).review().opinion()).isEqualTo(ReviewFixtures.OPINION);
            assertThat(station.review().open(person, id).review().awaitsSupervisor()).isTrue();
        }
    }

    @Test
    void whatIsTypedComesBackInAFileOpenedAgain() throws Exception {
        try (Services station = TestStation.withAdministrator(counterHome)) {
            long id = ReviewFixtures.asAdministrator(station).inReview();
            User person = admin(station);
            ManualDebouncer pause = new ManualDebouncer();
            ReviewFileViewModel first = new ReviewFileViewModel(person, station.review(), TaskRunner.direct(), pause,
                    Messages.chinese());
            first.load(id);
            first.materialProperty().set(MaterialKind.LABOUR_CONTRACT);
            first.verdictProperty().set(MaterialVerdict.DOUBTFUL);
            first.verdictNoteProperty().set("合同无签章");
            first.opinionProperty().set("意见写到一半");
            pause.flush();

            ReviewFileViewModel again = new ReviewFileViewModel(person, station.review(), TaskRunner.direct(),
                    new ManualDebouncer(), Messages.chinese());
            again.load(id);

            assertThat(again.opinionProperty().get()).isEqualTo("意见写到一半");
            again.materialProperty().set(MaterialKind.LABOUR_CONTRACT);
            assertThat(again.verdictProperty().get()).isEqualTo(MaterialVerdict.DOUBTFUL);
            assertThat(again.verdictNoteProperty().get()).isEqualTo("合同无签章");
            assertThat(again.missing()).contains(Messages.chinese().get("review.gap.verdictMissing",
                    MaterialKind.ID_DOCUMENT));
        }
    }

    @Test
    void submittingTooEarlyNamesEachThingMissingBesideItsPart() throws Exception {
        try (Services station = TestStation.withAdministrator(counterHome)) {
            long id = ReviewFixtures.asAdministrator(station).inReview();
            User person = admin(station);
            ReviewFileViewModel model = new ReviewFileViewModel(person, station.review(), TaskRunner.direct(),
                    new ManualDebouncer(), Messages.chinese());
            model.load(id);
            model.outcomeProperty().set(Outcome.APPROVE);
            model.opinionProperty().set("同意");

            model.submit();

            Messages zh = Messages.chinese();
            assertThat(model.errorProperty().get()).isEqualTo(zh.get("review.error.missing", 5));
            assertThat(model.missingProperty(ReviewPart.VERDICTS).get()).isEqualTo(String.join("\n",
                    zh.get("review.gap.verdictMissing", MaterialKind.ID_DOCUMENT),
                    zh.get("review.gap.verdictMissing", MaterialKind.OVERSEAS_CERTIFICATE),
                    zh.get("review.gap.verdictMissing", MaterialKind.LABOUR_CONTRACT)));
            assertThat(model.missingProperty(ReviewPart.VERIFICATION).get()).isEqualTo(zh.of(ReviewProblem.NOT_VERIFIED));
            assertThat(model.missingProperty(ReviewPart.ROUTE).get()).isEqualTo(zh.of(ReviewProblem.NO_ROUTE));
            assertThat(model.missingProperty(ReviewPart.OPINION).get()).isEmpty();
            assertThat(station.review().draft(person, id).opinion()).isEqualTo("同意");
        }
    }

    @Test
    void choosingALineOfTheChecklistChoosesItsMaterial() throws Exception {
        try (Services station = TestStation.withAdministrator(counterHome)) {
            long id = ReviewFixtures.asAdministrator(station).inReview();
            ReviewFileViewModel model = new ReviewFileViewModel(admin(station), station.review(),
                    TaskRunner.direct(), new ManualDebouncer(), Messages.chinese());
            model.load(id);

            assertThat(model.checklist()).extracting(ChecklistLine::material).startsWith(MaterialKind.ID_DOCUMENT,
                    MaterialKind.OVERSEAS_CERTIFICATE, MaterialKind.LABOUR_CONTRACT);
            assertThat(model.checklist()).filteredOn(ChecklistLine::missing).hasSize(7);
        }
    }

    private static User admin(Services station) {
        return station.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    /** The pause before the autosave, ended by the test. */
    private static final class ManualDebouncer implements Debouncer {
        private Runnable waiting;

        @Override
        public void schedule(Runnable action) {
            waiting = action;
        }

        @Override
        public void flush() {
            Runnable action = waiting;
            waiting = null;
            if (action != null) {
                action.run();
            }
        }
    }

    private static ReviewFileViewModel concludeAgain(Services services, User person, long id) {
        ReviewFileViewModel model = new ReviewFileViewModel(person, services.review(), TaskRunner.direct(),
                Debouncer.immediate(), Messages.chinese());
        model.load(id);
        model.outcomeProperty().set(Outcome.APPROVE);
        model.submit();
        return model;
    }
}
