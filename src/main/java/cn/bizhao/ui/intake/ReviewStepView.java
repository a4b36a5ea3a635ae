package cn.bizhao.ui.intake;

import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.document.DocumentPreviewView;
import cn.bizhao.ui.document.DocumentPreviewViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 核对与受理: the form as it prints, the pledge, 受理 or 一次性告知书, then the receipt or the notice. */
public final class ReviewStepView implements StepKeys {
    @FXML private VBox formPreview;
    @FXML private VBox resultPreview;
    @FXML private Label resultTitle;
    @FXML private Label pledgeLabel;
    @FXML private CheckBox pledgeCheck;
    @FXML private Button acceptButton;
    @FXML private Button noticeButton;
    @FXML private Label messageLabel;
    @FXML private Label outcomeLabel;
    @FXML private Button nextApplicantButton;

    private final ReviewStepViewModel model;
    private final ViewLoader views;
    private final Runnable nextApplicant;

    public ReviewStepView(ReviewStepViewModel model, ViewLoader views, Runnable nextApplicant) {
        this.model = model;
        this.views = views;
        this.nextApplicant = nextApplicant;
    }

    @FXML
    private void initialize() {
        formPreview.getChildren().add(preview(model.form(), "formDocument"));
        resultPreview.getChildren().add(preview(model.result(), "resultDocument"));
        pledgeLabel.setText(model.pledgeText());
        pledgeCheck.selectedProperty().bindBidirectional(model.pledgeProperty());
        acceptButton.disableProperty().bind(model.canAcceptProperty().not());
        noticeButton.disableProperty().bind(model.canSendNoticeProperty().not());
        pledgeCheck.disableProperty().bind(model.outcomeProperty().isNotNull());
        messageLabel.textProperty().bind(model.messageProperty());
        outcomeLabel.textProperty().bind(Bindings.createStringBinding(() -> model.outcomeProperty().get() == null
                ? "" : model.outcomeProperty().get().headline(), model.outcomeProperty()));
        resultTitle.textProperty().bind(outcomeLabel.textProperty());
        nextApplicantButton.visibleProperty().bind(model.outcomeProperty().isNotNull());
        nextApplicantButton.managedProperty().bind(nextApplicantButton.visibleProperty());
        model.outcomeProperty().addListener((obs, old, now) -> {
            boolean done = now != null;
            resultPreview.setVisible(done);
            formPreview.setVisible(!done);
        });
    }

    private Parent preview(DocumentPreviewViewModel document, String id) {
        Parent node = views.load(DocumentPreviewView.class, () -> new DocumentPreviewView(document));
        node.setId(id);
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    @FXML
    private void acceptClicked() {
        model.accept();
    }

    @FXML
    private void nextApplicant() {
        nextApplicant.run();
    }

    @FXML
    private void sendNotice() {
        model.sendNotice();
    }

    @Override
    public void entered() {
        Platform.runLater(pledgeCheck::requestFocus);
    }

    @Override
    public boolean accept() {
        if (model.canAcceptProperty().get()) {
            model.accept();
        }
        return true;
    }
}
