package cn.bizhao.ui.settings;

import cn.bizhao.ui.common.Columns;
import cn.bizhao.ui.settings.WorkstationsViewModel.Row;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The 工作站 tab of 系统设置: binds the list and its buttons to {@link WorkstationsViewModel}. */
public final class WorkstationsView {
    @FXML private TableView<Row> stationsTable;
    @FXML private TableColumn<Row, String> stationNameColumn;
    @FXML private TableColumn<Row, String> lastSeenColumn;
    @FXML private TableColumn<Row, String> firstSeenColumn;
    @FXML private TableColumn<Row, String> versionColumn;
    @FXML private TableColumn<Row, String> stateColumn;
    @FXML private Button disableStationButton;
    @FXML private Button enableStationButton;
    @FXML private Label stationsNoticeLabel;
    @FXML private Label stationsErrorLabel;

    private final WorkstationsViewModel model;

    public WorkstationsView(WorkstationsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Columns.show(stationNameColumn, Row::name);
        Columns.show(lastSeenColumn, Row::lastSeen);
        Columns.show(firstSeenColumn, Row::firstSeen);
        Columns.show(versionColumn, Row::version);
        Columns.show(stateColumn, Row::state);
        stationsTable.setItems(model.rows());
        model.selectedProperty().bind(stationsTable.getSelectionModel().selectedItemProperty());
        disableStationButton.disableProperty().bind(model.selectedProperty().isNull());
        enableStationButton.disableProperty().bind(model.selectedProperty().isNull());
        stationsNoticeLabel.textProperty().bind(model.noticeProperty());
        stationsErrorLabel.textProperty().bind(model.errorProperty());
        model.refresh();
    }

    @FXML
    private void disableStation() {
        model.disableSelected();
    }

    @FXML
    private void enableStation() {
        model.enableSelected();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
