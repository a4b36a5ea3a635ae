package cn.bizhao.ui;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.FxDialogService;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.login.LoginView;
import cn.bizhao.ui.login.LoginViewModel;
import cn.bizhao.ui.placeholder.EmptyStateView;
import cn.bizhao.ui.setup.FirstRunView;
import cn.bizhao.ui.setup.FirstRunViewModel;
import cn.bizhao.ui.shell.MainView;
import cn.bizhao.ui.shell.MainViewModel;
import cn.bizhao.ui.shell.Screen;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The program's window: first start or login, then the main window. */
public final class BizhaoWindow {
    private static final String STYLESHEET = "/cn/bizhao/ui/bizhao.css";

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ViewLoader views;
    private final Function<Stage, DialogService> dialogs;
    private Stage stage;

    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks) {
        this(services, messages, tasks, owner -> new FxDialogService(owner, messages.get("app.title"), messages));
    }

    /** @param dialogs the dialogs of the window (tests answer them instead of a person) */
    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks, Function<Stage, DialogService> dialogs) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.views = new ViewLoader(messages);
        this.dialogs = dialogs;
    }

    public void show(Stage stage) {
        this.stage = stage;
        Fonts.load();
        stage.setTitle(messages.get("app.title"));
        if (services.accounts().needsFirstAdministrator()) {
            showScene(views.load(FirstRunView.class, () -> new FirstRunView(
                    new FirstRunViewModel(services.accounts(), tasks, messages, this::showMain))), 640, 600);
        } else {
            showLogin();
        }
        stage.show();
    }

    private void showLogin() {
        String station = services.station().info().map(s -> s.institutionName() + " · " + s.stationName()).orElse("");
        showScene(views.load(LoginView.class, () -> new LoginView(
                new LoginViewModel(services.accounts(), tasks, messages, this::showMain), station)), 520, 420);
    }

    private void showMain(User user) {
        StationInfo station = services.station().info().orElseThrow();
        MainViewModel model = new MainViewModel(user, station, services.dataHome(), messages);
        CounterScreens counter = new CounterScreens(services, user, views, tasks, dialogs.apply(stage),
                model.screenProperty()::set, stage, stylesheet());
        stage.setOnCloseRequest(e -> counter.saveNow());
        showScene(views.load(MainView.class, () -> new MainView(model, s -> screen(counter, s), messages)), 1100, 720);
        stage.centerOnScreen();
    }

    private Parent screen(CounterScreens counter, Screen screen) {
        if (screen == Screen.WORKBENCH) {
            return counter.workbench();
        }
        if (screen == Screen.INTAKE) {
            return counter.intake();
        }
        if (screen == Screen.CATALOG) {
            return views.load(CatalogView.class, () -> new CatalogView(
                    new CatalogViewModel(services.catalog().current(), messages)));
        }
        return views.load(EmptyStateView.class, () -> new EmptyStateView(
                messages.get(screen.titleKey()), messages.get(screen.titleKey() + ".empty")));
    }

    private static String stylesheet() {
        return BizhaoWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    private void showScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
    }
}
