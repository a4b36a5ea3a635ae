package cn.bizhao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review screen's model on a real station with two reviewers: who holds the file, the 领取 and 交回
 * buttons, the draft kept only by the reviewer holding the file (typing takes it), and work submitted
 * over a file changed elsewhere.
 */
class ReviewFileHoldViewModelTest {
    @TempDir
    static Path home;
    private static Services services;
    private static User wang;
    private static User chen;
    private static ReviewFixtures fixtures;

    @BeforeAll
    static void open() {
        services = TestStation.withAdministrator(home);
        wang = ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, "Review-2024");
        chen = ReviewFixtures.person(services, "chen", "陈审核", Role.REVIEWER, "Review-2025");
        User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
        fixtures = new ReviewFixtures(services, admin, wang, admin);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static ReviewFileViewModel screen(User person, long id) {
        ReviewFileViewModel model = new ReviewFileViewModel(person, services.review(), TaskRunner.direct(),
                Debouncer.immediate(), Messages.chinese());
        model.load(id);
        return model;
    }

    @Test
    void aReviewerTakesAFileAndAnotherSeesWhoHoldsItWithoutAButtonToTakeIt() {
        long id = fixtures.accepted().id();
        ReviewFileViewModel mine = screen(wang, id);
        assertThat(mine.canTake().get()).isTrue();

        mine.take();
        ReviewFileViewModel theirs = screen(chen, id);

        assertThat(mine.noticeProperty().get()).isEqualTo(Messages.chinese().get("review.notice.taken"));
        assertThat(mine.canHandBack().get()).isTrue();
        assertThat(theirs.holderText().get()).startsWith("王审核 于 ");
        assertThat(theirs.canTake().get()).isFalse();
        assertThat(theirs.canHandBack().get()).isFalse();
    }

    @Test
    void theReviewerHoldingTheFileHandsItBackFromTheScreen() {
        long id = fixtures.inReview();
        ReviewFileViewModel holder = screen(wang, id);
        assertThat(holder.canHandBack().get()).isTrue();

        holder.handBack();

        assertThat(holder.holderText().get()).isEmpty();
        assertThat(holder.noticeProperty().get()).isEqualTo(Messages.chinese().get("review.notice.handedBack"));
        assertThat(screen(chen, id).canTake().get()).isTrue();
    }

    @Test
    void anOpinionTypedOverAFileChangedElsewhereIsRefusedAndTheTextStays() {
        long id = fixtures.inReview();
        ReviewFileViewModel model = screen(wang, id);
        services.review().saveOpinion(wang, id, "在另一台工作站上写的意见");

        model.opinionProperty().set("在这里写的意见");
        model.submit();

        assertThat(model.errorProperty().get()).contains("王审核").contains("保存未成功");
        assertThat(model.opinionProperty().get()).isEqualTo("在这里写的意见");
        assertThat(services.review().open(wang, id).review().opinion()).isEqualTo("在另一台工作站上写的意见");
    }

    @Test
    void typingInAFileNobodyHoldsTakesItAndTheOtherReviewerCannotTypeInIt() {
        long id = fixtures.inReview();
        services.review().handBack(wang, id);
        ReviewFileViewModel mine = screen(chen, id);

        mine.opinionProperty().set("陈审核写的意见");

        assertThat(mine.errorProperty().get()).isEmpty();
        assertThat(mine.holderText().get()).startsWith("陈审核 于 ");
        assertThat(services.review().draft(chen, id).opinion()).isEqualTo("陈审核写的意见");
        ReviewFileViewModel theirs = screen(wang, id);
        assertThat(theirs.canEdit().get()).isFalse();
        theirs.opinionProperty().set("王审核想改的意见");
        assertThat(services.review().draft(chen, id).opinion()).isEqualTo("陈审核写的意见");
    }
}
