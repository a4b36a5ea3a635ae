package cn.bizhao.ui.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.ui.common.ChoiceCells;
import cn.bizhao.ui.common.Columns;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The audit trail's filter, chain state and table. */
public final class AuditView {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    @FXML private ProgressIndicator workingIndicator;
    @FXML private Label chainLabel;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<String> actorChoice;
    @FXML private ComboBox<AuditAction> actionChoice;
    @FXML private TextField applicationField;
    @FXML private TableView<AuditRow> auditTable;
    @FXML private TableColumn<AuditRow, Object> idColumn;
    @FXML private TableColumn<AuditRow, Object> timeColumn;
    @FXML private TableColumn<AuditRow, Object> actorColumn;
    @FXML private TableColumn<AuditRow, Object> stationColumn;
    @FXML private TableColumn<AuditRow, Object> actionColumn;
    @FXML private TableColumn<AuditRow, Object> acceptanceNoColumn;
    @FXML private TableColumn<AuditRow, Object> detailColumn;
    @FXML private TableColumn<AuditRow, Object> chainColumn;
    @FXML private Label countLabel;
    @FXML private Label auditNoticeLabel;
    @FXML private Label auditErrorLabel;

    private final AuditViewModel model;

    public AuditView(AuditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        workingIndicator.visibleProperty().bind(model.workingProperty());
        chainLabel.textProperty().bind(model.chainTextProperty());
        model.chainBrokenProperty().addListener((obs, old, now) -> chainLabel.pseudoClassStateChanged(BROKEN, now));
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        actorChoice.setItems(model.actors());
        ChoiceCells.show(actorChoice, model::actorName);
        actorChoice.valueProperty().bindBidirectional(model.actorProperty());
        actionChoice.setItems(model.actions());
        ChoiceCells.show(actionChoice, model::actionName);
        actionChoice.valueProperty().bindBidirectional(model.actionProperty());
        applicationField.textProperty().bindBidirectional(model.applicationProperty());
        applicationField.setOnAction(event -> model.search());
        Columns.show(idColumn, AuditRow::id);
        Columns.show(timeColumn, AuditRow::time);
        Columns.show(actorColumn, AuditRow::actor);
        Columns.show(stationColumn, AuditRow::station);
        Columns.show(actionColumn, AuditRow::action);
        Columns.show(acceptanceNoColumn, AuditRow::acceptanceNo);
        Columns.show(detailColumn, AuditRow::detail);
        Columns.show(chainColumn, AuditRow::chain);
        auditTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(AuditRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BROKEN, !empty && row != null && row.broken());
            }
        });
        auditTable.setItems(model.rows());
        countLabel.textProperty().bind(model.countTextProperty());
        auditNoticeLabel.textProperty().bind(model.noticeProperty());
        auditErrorLabel.textProperty().bind(model.errorProperty());
        model.load();
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void clear() {
        model.clear();
    }

    @FXML
    private void export() {
        model.export();
    }
}
