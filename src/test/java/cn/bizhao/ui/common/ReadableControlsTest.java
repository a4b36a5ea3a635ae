package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.review.ReviewFileView;
import cn.bizhao.ui.review.ReviewFileViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a computer set to American English, a screen loaded by the {@link ViewLoader} still reads and
 * takes dates as 2026-12-04 (the review's pickers showed 12/4/2026) and says an empty list is empty in
 * Chinese (JavaFX said "No content in table").
 */
class ReadableControlsTest {
    private final Locale before = Locale.getDefault();

    @TempDir
    Path home;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void theReviewFilesDatePickersAndListsReadInChineseOnAnEnglishComputer() throws Exception {
        Locale.setDefault(Locale.US);
        FxToolkit.registerPrimaryStage();
        Messages messages = Messages.chinese();
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            Parent screen = WaitForAsyncUtils.asyncFx(() -> new ViewLoader(messages).load(ReviewFileView.class,
                    () -> new ReviewFileView(new ReviewFileViewModel(admin, services.review(), TaskRunner.direct(),
                            Debouncer.immediate(), messages), () -> { }))).get();
            List<Node> nodes = ReadableControls.everyNode(screen);

            List<DatePicker> pickers = nodes.stream().filter(DatePicker.class::isInstance).map(DatePicker.class::cast)
                    .toList();
            assertThat(pickers).hasSizeGreaterThanOrEqualTo(2);
            for (DatePicker picker : pickers) {
                assertThat(picker.getConverter().toString(LocalDate.of(2026, 12, 4))).isEqualTo("2026-12-04");
                assertThat(picker.getConverter().fromString("2026-12-04")).isEqualTo(LocalDate.of(2026, 12, 4));
            }
            List<Node> lists = nodes.stream().filter(n -> n instanceof TableView<?> || n instanceof ListView<?>)
                    .toList();
            assertThat(lists).isNotEmpty();
            for (Node list : lists) {
                Node placeholder = list instanceof TableView<?> t ? t.getPlaceholder() : ((ListView<?>) list).getPlaceholder();
                assertThat(placeholder).isInstanceOf(Label.class);
                assertThat(((Label) placeholder).getText()).doesNotContain("content").isNotBlank();
            }
            assertThat(lists).anySatisfy(list -> assertThat(((Label) ((ListView<?>) list).getPlaceholder()).getText())
                    .isEqualTo(messages.get("common.list.empty")));
        }
    }
}
