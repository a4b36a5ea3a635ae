package cn.bizhao.ui;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.account.ChangePasswordDialog;
import cn.bizhao.ui.account.ChangePasswordView;
import cn.bizhao.ui.account.ChangePasswordViewModel;
import cn.bizhao.ui.audit.AuditView;
import cn.bizhao.ui.audit.AuditViewModel;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import cn.bizhao.ui.common.FxDialogService;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.FxFilePicker;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.lock.IdleWatch;
import cn.bizhao.ui.lock.LockView;
import cn.bizhao.ui.lock.LockViewModel;
import cn.bizhao.ui.lock.ScreenLock;
import cn.bizhao.ui.login.LoginView;
import cn.bizhao.ui.login.LoginViewModel;
import cn.bizhao.ui.packages.ExportPackagesView;
import cn.bizhao.ui.packages.ExportPackagesViewModel;
import cn.bizhao.ui.packages.VerifyPackagesView;
import cn.bizhao.ui.packages.VerifyPackagesViewModel;
import cn.bizhao.ui.placeholder.EmptyStateView;
import cn.bizhao.ui.settings.SettingsView;
import cn.bizhao.ui.settings.SettingsViewModel;
import cn.bizhao.ui.setup.FirstRunView;
import cn.bizhao.ui.setup.FirstRunViewModel;
import cn.bizhao.ui.shell.MainView;
import cn.bizhao.ui.shell.MainViewModel;
import cn.bizhao.ui.shell.Screen;
import cn.bizhao.ui.shell.SessionActions;
import cn.bizhao.ui.statistics.StatisticsView;
import cn.bizhao.ui.statistics.StatisticsViewModel;
import cn.bizhao.ui.users.UsersView;
import cn.bizhao.ui.users.UsersViewModel;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The program's window: first start or login, the password change the administrator may require,
 * then the main window, which locks itself when left idle.
 */
public final class BizhaoWindow {
    private static final String STYLESHEET = "/cn/bizhao/ui/bizhao.css";

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ViewLoader views;
    private final Supplier<Duration> idleTime;
    private Stage stage;
    private IdleWatch idle;

    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks) {
        this(services, messages, tasks, () -> services.sessions().idleLockTime());
    }

    /** @param idleTime how long the main window may sit untouched before it locks, asked at each sign-in */
    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks, Supplier<Duration> idleTime) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.views = new ViewLoader(messages);
        this.idleTime = idleTime;
    }

    public void show(Stage stage) {
        this.stage = stage;
        Fonts.load();
        stage.setTitle(messages.get("app.title"));
        if (services.accounts().needsFirstAdministrator()) {
            showScene(views.load(FirstRunView.class, () -> new FirstRunView(
                    new FirstRunViewModel(services.accounts(), tasks, messages, this::signedIn))), 640, 600);
        } else {
            showLogin();
        }
        stage.show();
    }

    private void showLogin() {
        String station = services.station().info().map(s -> s.institutionName() + " · " + s.stationName()).orElse("");
        showScene(views.load(LoginView.class, () -> new LoginView(
                new LoginViewModel(services.accounts(), tasks, messages, this::signedIn), station)), 520, 420);
    }

    /** A password the administrator set must be replaced before any work. */
    private void signedIn(User user) {
        if (user.mustChangePassword()) {
            showScene(views.load(ChangePasswordView.class, () -> new ChangePasswordView(new ChangePasswordViewModel(
                    user, true, services.accounts(), tasks, messages, this::showMain, this::signOut))), 560, 460);
        } else {
            showMain(user);
        }
    }

    private void showMain(User user) {
        StationInfo station = services.station().info().orElseThrow();
        MainViewModel model = new MainViewModel(user, station, services.dataHome(), messages, new Session(user));
        ScreenLock lock = new ScreenLock(views.load(MainView.class, () -> new MainView(model, s -> screen(user, s), messages)));
        showScene(lock.root(), 1100, 720);
        idle = new IdleWatch(stage.getScene(), idleTime.get(), () -> {
            if (!lock.isLocked()) { // the lock screen is built once per locking, not at every idle period
                lock.lock(lockScreen(user, lock));
            }
        });
        idle.start();
    }

    private Parent lockScreen(User user, ScreenLock lock) {
        return views.load(LockView.class, () -> new LockView(new LockViewModel(user, services.accounts(), tasks, messages,
                () -> {
                    lock.unlock();
                    idle.restart();
                }, this::signOut)));
    }

    private void signOut() {
        if (idle != null) {
            idle.stop();
            idle = null;
        }
        showLogin();
    }

    /** The session's own actions from the status bar. */
    private final class Session implements SessionActions {
        private final User user;

        Session(User user) {
            this.user = user;
        }

        @Override
        public void changePassword() {
            ChangePasswordDialog dialog = new ChangePasswordDialog(stage, messages.get("account.changePassword.title"));
            dialog.show(views.load(ChangePasswordView.class, () -> new ChangePasswordView(new ChangePasswordViewModel(
                    user, false, services.accounts(), tasks, messages, changed -> {
                        dialog.close();
                        new FxDialogService(stage, messages.get("app.title"), messages)
                                .showInformation(messages.get("account.changePassword.done"));
                    }, dialog::close))));
        }

        @Override
        public void signOut() {
            BizhaoWindow.this.signOut();
        }
    }

    private Parent screen(User user, Screen screen) {
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
        if (screen == Screen.SETTINGS) {
            return settings(user);
        }
        if (screen == Screen.AUDIT) {
            return views.load(AuditView.class, () -> new AuditView(new AuditViewModel(user, services.audit(), dialogs(),
                    tasks, messages)));
        }
        if (screen == Screen.STATISTICS) {
            return views.load(StatisticsView.class, () -> new StatisticsView(
                    new StatisticsViewModel(user, services.statistics(), dialogs(), tasks, messages), messages));
        }
        return views.load(EmptyStateView.class, () -> new EmptyStateView(
                messages.get(screen.titleKey()), messages.get(screen.titleKey() + ".empty")));
    }

    private FxDialogService dialogs() {
        return new FxDialogService(stage, messages.get("app.title"), messages);
    }

    private Parent settings(User user) {
        Parent users = views.load(UsersView.class, () -> new UsersView(
                new UsersViewModel(user, services.users(), tasks, messages), views));
        return views.load(SettingsView.class, () -> new SettingsView(
                new SettingsViewModel(user, services.sessions(), tasks, messages), users));
    }

    private void showScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(BizhaoWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.centerOnScreen(); // each step of signing in and out has its own size
    }
}
