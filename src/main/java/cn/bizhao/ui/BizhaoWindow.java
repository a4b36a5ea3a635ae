package cn.bizhao.ui;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.review.ReviewFilter;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.certificate.CertificatesView;
import cn.bizhao.ui.certificate.CertificatesViewModel;
import cn.bizhao.ui.account.ChangePasswordDialog;
import cn.bizhao.ui.account.ChangePasswordView;
import cn.bizhao.ui.account.ChangePasswordViewModel;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import cn.bizhao.ui.common.FxDialogService;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.lock.IdleWatch;
import cn.bizhao.ui.lock.LockView;
import cn.bizhao.ui.lock.LockViewModel;
import cn.bizhao.ui.lock.ScreenLock;
import cn.bizhao.ui.login.LoginView;
import cn.bizhao.ui.login.LoginViewModel;
import cn.bizhao.ui.placeholder.EmptyStateView;
import cn.bizhao.ui.review.ReviewFileViewModel;
import cn.bizhao.ui.review.ReviewView;
import cn.bizhao.ui.review.SupervisionFileViewModel;
import cn.bizhao.ui.review.SupervisionView;
import cn.bizhao.ui.review.WorklistViewModel;
import cn.bizhao.ui.settings.SettingsView;
import cn.bizhao.ui.settings.SettingsViewModel;
import cn.bizhao.ui.setup.FirstRunView;
import cn.bizhao.ui.setup.FirstRunViewModel;
import cn.bizhao.ui.shell.MainView;
import cn.bizhao.ui.shell.MainViewModel;
import cn.bizhao.ui.shell.Screen;
import cn.bizhao.ui.shell.SessionActions;
import cn.bizhao.ui.users.UsersView;
import cn.bizhao.ui.users.UsersViewModel;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The program's window: first start or login, the password change the administrator may require,
 * then the main window, which locks itself when left idle.
 */
public final class BizhaoWindow {
    private static final String STYLESHEET = "/cn/bizhao/ui/bizhao.css";

    /** What the supervisor acts on: conclusions waiting (in review), approved, submitted, department approved. */
    private static final Set<ApplicationStatus> SUPERVISED = EnumSet.of(ApplicationStatus.IN_REVIEW,
            ApplicationStatus.APPROVED, ApplicationStatus.SUBMITTED, ApplicationStatus.DEPT_APPROVED);

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
                        new FxDialogService(stage, messages.get("app.title"))
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
        if (screen == Screen.SETTINGS) {
            return settings(user);
        }
        if (screen == Screen.REVIEW) {
            return review(user);
        }
        if (screen == Screen.SUPERVISION) {
            return supervision(user);
        }
        if (screen == Screen.CERTIFICATES) {
            return views.load(CertificatesView.class, () -> new CertificatesView(
                    new CertificatesViewModel(user, services.certificates(), tasks, messages)));
        }
        return views.load(EmptyStateView.class, () -> new EmptyStateView(
                messages.get(screen.titleKey()), messages.get(screen.titleKey() + ".empty")));
    }

    private Parent review(User user) {
        WorklistViewModel list = new WorklistViewModel(ReviewFilter.REVIEW_STATUSES,
                filter -> services.review().worklist(user, filter), tasks, messages);
        return views.load(ReviewView.class, () -> new ReviewView(list,
                () -> new ReviewFileViewModel(user, services.review(), tasks, messages), views));
    }

    private Parent supervision(User user) {
        WorklistViewModel list = new WorklistViewModel(SUPERVISED, filter -> services.supervision().worklist(user, filter),
                tasks, messages);
        String institution = services.station().info().map(StationInfo::institutionName).orElse("");
        return views.load(SupervisionView.class, () -> new SupervisionView(list,
                () -> new SupervisionFileViewModel(user, services.supervision(), services.documents(), institution, tasks,
                        messages), views));
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
