package cn.bizhao.ui;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.FxFilePicker;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.login.LoginView;
import cn.bizhao.ui.login.LoginViewModel;
import cn.bizhao.ui.packages.ExportPackagesView;
import cn.bizhao.ui.packages.ExportPackagesViewModel;
import cn.bizhao.ui.packages.VerifyPackagesView;
import cn.bizhao.ui.packages.VerifyPackagesViewModel;
import cn.bizhao.ui.placeholder.EmptyStateView;
import cn.bizhao.ui.setup.FirstRunView;
import cn.bizhao.ui.setup.FirstRunViewModel;
import cn.bizhao.ui.shell.MainView;
import cn.bizhao.ui.shell.MainViewModel;
import cn.bizhao.ui.shell.Screen;
import javafx.application.Platform;
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
    private Stage stage;
    private User user;

    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.views = new ViewLoader(messages);
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
        this.user = user;
        StationInfo station = services.station().info().orElseThrow();
        MainViewModel model = new MainViewModel(user, station, services.dataHome(), messages);
        showScene(views.load(MainView.class, () -> new MainView(model, this::screen, messages)), 1100, 720);
        stage.centerOnScreen();
    }

    private Parent screen(Screen screen) {
        if (screen == Screen.CATALOG) {
            return views.load(CatalogView.class, () -> new CatalogView(
                    new CatalogViewModel(services.catalog().current(), messages)));
        }
        FilePicker picker = new FxFilePicker(stage, messages);
        if (screen == Screen.VERIFY_PACKAGES) {
            return views.load(VerifyPackagesView.class, () -> new VerifyPackagesView(
                    new VerifyPackagesViewModel(services.verifier(), picker, tasks, messages)));
        }
        if (screen == Screen.EXPORT_PACKAGES) {
            return views.load(ExportPackagesView.class, () -> new ExportPackagesView(
                    new ExportPackagesViewModel(services.exports(), user, picker, tasks, Platform::runLater, messages)));
        }
        return views.load(EmptyStateView.class, () -> new EmptyStateView(
                messages.get(screen.titleKey()), messages.get(screen.titleKey() + ".empty")));
    }

    private void showScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(BizhaoWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
    }
}
