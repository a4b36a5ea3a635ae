package cn.bizhao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.ExportKind;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.ReviewFixtures;
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

    private static ReviewFileViewModel concludeAgain(Services services, User person, long id) {
        ReviewFileViewModel model = new ReviewFileViewModel(person, services.review(), TaskRunner.direct(),
                Debouncer.immediate(), Messages.chinese());
        model.load(id);
        model.outcomeProperty().set(Outcome.APPROVE);
        model.submit();
        return model;
    }
}
