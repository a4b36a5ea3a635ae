package cn.bizhao.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tab;

/**
 * The settings screen: a tab per subject; the users, camera, seal, keys, backup and stations tabs are their own
 * views, given ready-made.
 */
public final class SettingsView {
    @FXML private Tab usersTab;
    @FXML private Tab cameraTab;
    @FXML private Tab sealTab;
    @FXML private Tab keysTab;
    @FXML private Tab backupTab;
    @FXML private Tab stationsTab;
    @FXML private Spinner<Integer> idleMinutesSpinner;
    @FXML private Label idleNoticeLabel;
    @FXML private Label idleErrorLabel;

    private final SettingsViewModel model;
    private final Parent users;
    private final Parent camera;
    private final Parent seal;
    private final Parent keys;
    private final Parent backup;
    private final Parent stations;
    /** Held here: a bidirectional binding keeps only a weak reference to the boxed view of the minutes. */
    private ObjectProperty<Integer> minutes;

    public SettingsView(SettingsViewModel model, Parent users, Parent camera, Parent seal, Parent keys, Parent backup,
                        Parent stations) {
        this.stations = stations;
        this.model = model;
        this.users = users;
        this.camera = camera;
        this.seal = seal;
        this.keys = keys;
        this.backup = backup;
    }

    @FXML
    private void initialize() {
        usersTab.setContent(users);
        cameraTab.setContent(camera);
        sealTab.setContent(seal);
        keysTab.setContent(keys);
        backupTab.setContent(backup);
        stationsTab.setContent(stations);
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(model.minIdleMinutes(), model.maxIdleMinutes());
        idleMinutesSpinner.setValueFactory(factory);
        minutes = model.idleMinutesProperty().asObject();
        factory.valueProperty().bindBidirectional(minutes);
        idleNoticeLabel.textProperty().bind(model.noticeProperty());
        idleErrorLabel.textProperty().bind(model.errorProperty());
    }

    @FXML
    private void saveIdleMinutes() {
        idleMinutesSpinner.commitValue(); // takes in a number typed but not yet confirmed with Enter
        model.saveIdleMinutes();
    }
}
