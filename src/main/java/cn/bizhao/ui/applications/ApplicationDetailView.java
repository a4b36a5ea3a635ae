package cn.bizhao.ui.applications;

import cn.bizhao.service.application.FoundApplication;
import cn.bizhao.ui.common.Columns;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One application found: where it stands, its status history, and buttons to the screens that show
 * the whole application for the user's roles, which open in place of the overview.
 */
public final class ApplicationDetailView {
    @FXML private VBox overviewPane;
    @FXML private StackPane applicationFilePane;
    @FXML private Label detailHeadingLabel;
    @FXML private Label detailNumberLabel;
    @FXML private Label detailIdNumberLabel;
    @FXML private Hyperlink showFullNumberLink;
    @FXML private Label detailStatusLabel;
    @FXML private Label detailClerkLabel;
    @FXML private Label detailCertificateLabel;
    @FXML private Label detailMappingLabel;
    @FXML private Label detailAcceptedOnLabel;
    @FXML private Button continueIntakeButton;
    @FXML private Button showReceiptButton;
    @FXML private Button openReviewButton;
    @FXML private Button openSupervisionButton;
    @FXML private HBox withdrawalBox;
    @FXML private TextField withdrawalReasonField;
    @FXML private Button recordWithdrawalButton;
    @FXML private Label detailNoticeLabel;
    @FXML private Label detailErrorLabel;
    @FXML private TableView<HistoryRow> historyTable;
    @FXML private TableColumn<HistoryRow, String> historyAtColumn;
    @FXML private TableColumn<HistoryRow, String> historyActorColumn;
    @FXML private TableColumn<HistoryRow, String> historyChangeColumn;
    @FXML private TableColumn<HistoryRow, String> historyActionColumn;
    @FXML private TableColumn<HistoryRow, String> historyNoteColumn;

    private final ApplicationDetailViewModel model;
    private final ApplicationFiles files;
    private final Runnable back;

    public ApplicationDetailView(ApplicationDetailViewModel model, ApplicationFiles files, Runnable back) {
        this.model = model;
        this.files = files;
        this.back = back;
    }

    @FXML
    private void initialize() {
        detailHeadingLabel.textProperty().bind(model.headingProperty());
        detailNumberLabel.textProperty().bind(model.numberProperty());
        detailIdNumberLabel.textProperty().bind(model.idNumberProperty());
        detailStatusLabel.textProperty().bind(model.statusProperty());
        detailClerkLabel.textProperty().bind(model.clerkProperty());
        detailCertificateLabel.textProperty().bind(model.certificateProperty());
        detailMappingLabel.textProperty().bind(model.mappingProperty());
        detailAcceptedOnLabel.textProperty().bind(model.acceptedOnProperty());
        detailNoticeLabel.textProperty().bind(model.noticeProperty());
        detailErrorLabel.textProperty().bind(model.errorProperty());
        onlyWith(detailNoticeLabel, detailNoticeLabel.textProperty().isNotEmpty());
        onlyWith(detailErrorLabel, detailErrorLabel.textProperty().isNotEmpty());
        showFullNumberLink.disableProperty().bind(model.applicationProperty().isNull());
        onlyWith(continueIntakeButton, model.canContinueIntake());
        onlyWith(showReceiptButton, model.canShowReceipt());
        onlyWith(openReviewButton, model.canOpenReview());
        onlyWith(openSupervisionButton, model.canOpenSupervision());
        onlyWith(withdrawalBox, model.canRecordWithdrawal());
        withdrawalReasonField.textProperty().bindBidirectional(model.reasonProperty());
        recordWithdrawalButton.disableProperty().bind(model.reasonProperty().isEmpty());
        Columns.show(historyAtColumn, HistoryRow::at);
        Columns.show(historyActorColumn, HistoryRow::actor);
        Columns.show(historyChangeColumn, HistoryRow::change);
        Columns.show(historyActionColumn, HistoryRow::action);
        Columns.show(historyNoteColumn, HistoryRow::note);
        historyTable.setItems(model.history());
        applicationFilePane.setVisible(false);
    }

    /** Shown, and taking room, only while the condition holds. */
    private static void onlyWith(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private FoundApplication application() {
        return model.applicationProperty().get();
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void showFullNumber() {
        model.showFullNumber();
    }

    @FXML
    private void continueIntake() {
        files.continueIntake(application().id());
    }

    @FXML
    private void showReceipt() {
        files.receipt(application().id(), application().acceptanceNo());
    }

    @FXML
    private void openReview() {
        showFile(files.review(application().id(), this::backToOverview));
    }

    @FXML
    private void openSupervision() {
        showFile(files.supervision(application().id(), this::backToOverview));
    }

    @FXML
    private void recordWithdrawal() {
        model.recordWithdrawal();
    }

    private void showFile(Parent file) {
        applicationFilePane.getChildren().setAll(file);
        overviewPane.setVisible(false);
        applicationFilePane.setVisible(true);
    }

    /** Back from a file: the overview again, read anew since the file may have changed the status. */
    private void backToOverview() {
        applicationFilePane.setVisible(false);
        applicationFilePane.getChildren().clear();
        overviewPane.setVisible(true);
        model.load(application().id());
    }
}
