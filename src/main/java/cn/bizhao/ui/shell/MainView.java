package cn.bizhao.ui.shell;

import cn.bizhao.i18n.Messages;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: navigation on the left, the chosen screen, and the status bar. */
public final class MainView {
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label userLabel;
    @FXML private Label roleLabel;
    @FXML private Label stationLabel;
    @FXML private Label databaseLabel;

    private final MainViewModel model;
    private final Function<Screen, Parent> screens;
    private final Messages messages;

    public MainView(MainViewModel model, Function<Screen, Parent> screens, Messages messages) {
        this.model = model;
        this.screens = screens;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : model.screens()) {
            ToggleButton button = new ToggleButton(messages.get(screen.titleKey()));
            button.setId("nav-" + screen.name());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setUserData(screen);
            navigation.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always chosen
            } else {
                model.screenProperty().set((Screen) now.getUserData());
            }
        });
        model.screenProperty().addListener((obs, old, now) -> {
            show(now);
            group.getToggles().stream().filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true));
        });
        userLabel.setText(model.userText());
        roleLabel.setText(model.roleText());
        stationLabel.setText(model.stationText());
        databaseLabel.setText(model.databaseText());
        group.getToggles().get(0).setSelected(true);
        show(model.screenProperty().get());
    }

    @FXML
    private void changePassword() {
        model.changePassword();
    }

    @FXML
    private void signOut() {
        model.signOut();
    }

    private void show(Screen screen) {
        content.getChildren().setAll(screens.apply(screen));
    }
}
