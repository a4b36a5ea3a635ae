package cn.bizhao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.ReviewProblem;
import cn.bizhao.domain.user.Role;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.review.ChecklistLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review and supervision files read whole on the counters' screens: no label or value cut
 * with an ellipsis; what is missing named beside its place; the material list, 审核情况 and the
 * page viewer following each other.
 */
class ReviewScreensFitTest {
    private static final String PASSWORD = "Review-2024";

    @TempDir
    Path home;
    private Services services;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.hideStage();
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    /** Every shown text that its control cuts (the text drawn is not the whole text). */
    static List<String> cut(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && text.getParent() == labeled && !text.getText().equals(labeled.getText())
                    && !(labeled.getParent() != null && labeled.getParent().getStyleClass().contains("virtual-flow"))) {
                cut.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId()) + " \""
                        + labeled.getText() + "\" drawn as \"" + text.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    private void open(int width, int height) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.setupStage(s -> new BizhaoWindow(services, Messages.chinese(), TaskRunner.direct(),
                owner -> new ConfirmingDialogs()).show(s));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(String login) {
        robot.clickOn("#loginField").write(login);
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openFirst(String nav) {
        robot.clickOn(nav);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> list = robot.lookup("#worklistTable").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 700"})
    void theReviewFileReadsWholeNamesWhatIsMissingBesideItsPlaceAndFollowsTheMaterialChosen(int width, int height)
            throws Exception {
        services = TestStation.withAdministrator(home);
        ReviewFixtures.person(services, "wang", "王审核", Role.REVIEWER, PASSWORD);
        long id = ReviewFixtures.asAdministrator(services).inReview();
        // the administrator started the review and so holds the file; handed back, wang's typing takes it
        services.review().handBack(services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray()), id);
        open(width, height);
        signIn("wang");
        openFirst("#nav-REVIEW");
        ComboBox<Outcome> outcome = robot.lookup("#outcomeChoice").queryComboBox();
        robot.interact(() -> outcome.getSelectionModel().select(Outcome.APPROVE));
        robot.clickOn("#concludeButton");
        // the draft is saved (taking the file when needed) before the submission, both off the FX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#reviewErrorLabel").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Messages zh = Messages.chinese();
        assertThat(text("#reviewErrorLabel")).isEqualTo(zh.get("review.error.missing", 6));
        assertThat(text("#verdictsMissingLabel")).contains(zh.get("review.gap.verdictMissing", MaterialKind.LABOUR_CONTRACT));
        assertThat(text("#verificationMissingLabel")).isEqualTo(zh.of(ReviewProblem.NOT_VERIFIED));
        assertThat(text("#opinionMissingLabel")).isEqualTo(zh.of(ReviewProblem.NO_OPINION));
        assertThat(text("#missingListLabel")).contains(zh.of(ReviewProblem.NO_ROUTE));
        assertThat(cut(robot.lookup("#reviewSplit").query().getScene().getRoot())).isEmpty();

        ListView<ChecklistLine> checklist = robot.lookup("#reviewLinesList").queryListView();
        robot.interact(() -> checklist.getSelectionModel().select(checklist.getItems().stream()
                .filter(l -> l.material() == MaterialKind.LABOUR_CONTRACT).findFirst().orElseThrow()));
        ListView<MaterialKind> materials = robot.lookup("#materialList").queryListView();
        assertThat(materials.getSelectionModel().getSelectedItem()).isEqualTo(MaterialKind.LABOUR_CONTRACT);
        ComboBox<?> pages = robot.lookup("#pageChoice").queryComboBox();
        assertThat(pages.getValue().toString()).contains(MaterialKind.LABOUR_CONTRACT.name());
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 700"})
    void theSupervisionFileReadsWholeWithItsPages(int width, int height) throws Exception {
        services = TestStation.withAdministrator(home);
        ReviewFixtures.person(services, "zhao", "赵主管", Role.SUPERVISOR, PASSWORD);
        ReviewFixtures.asAdministrator(services).concluded(Outcome.APPROVE);
        open(width, height);
        signIn("zhao");
        openFirst("#nav-SUPERVISION");

        ComboBox<?> pages = robot.lookup("#pageChoice").queryComboBox();
        assertThat(pages.getItems()).hasSize(3);
        assertThat(robot.lookup("#supervisionFactsGrid").query().isVisible()).isTrue();
        assertThat(cut(robot.lookup("#supervisionSplit").query().getScene().getRoot())).isEmpty();
    }
}
