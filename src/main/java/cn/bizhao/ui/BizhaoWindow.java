package cn.bizhao.ui;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.review.ReviewFilter;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.domain.department.StationKind;
import cn.bizhao.ui.certificate.CertificatesView;
import cn.bizhao.ui.department.DepartmentView;
import cn.bizhao.ui.department.DepartmentViewModel;
import cn.bizhao.ui.certificate.CertificatesViewModel;
import cn.bizhao.ui.account.ChangePasswordDialog;
import cn.bizhao.ui.account.ChangePasswordView;
import cn.bizhao.ui.account.ChangePasswordViewModel;
import cn.bizhao.ui.audit.AuditView;
import cn.bizhao.ui.audit.AuditViewModel;
import cn.bizhao.ui.catalog.CatalogView;
import cn.bizhao.ui.catalog.CatalogViewModel;
import cn.bizhao.ui.common.ChangeWatch;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.FilePicker;
import cn.bizhao.ui.common.Fonts;
import cn.bizhao.ui.common.FxDialogService;
import cn.bizhao.ui.common.FxFilePicker;
import cn.bizhao.ui.common.FxTicker;
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
import cn.bizhao.ui.review.WorklistView;
import cn.bizhao.ui.review.WorklistViewModel;
import cn.bizhao.ui.settings.BackupView;
import cn.bizhao.ui.settings.BackupViewModel;
import cn.bizhao.ui.settings.CameraSettingsView;
import cn.bizhao.ui.settings.CameraSettingsViewModel;
import cn.bizhao.ui.settings.SealSettingsView;
import cn.bizhao.ui.settings.SealSettingsViewModel;
import cn.bizhao.ui.settings.KeysView;
import cn.bizhao.ui.settings.KeysViewModel;
import cn.bizhao.ui.settings.SettingsView;
import cn.bizhao.ui.settings.SettingsViewModel;
import cn.bizhao.ui.settings.WorkstationsView;
import cn.bizhao.ui.settings.WorkstationsViewModel;
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
import cn.bizhao.ui.common.WindowPlace;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.slf4j.LoggerFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The program's window: first start or login, then the main window. The login can come before the
 * station is open (database, migrations, MyBatis): it is shown at once and the rest follows when
 * the station is there, while the user types.
 */
public final class BizhaoWindow {
    private static final String STYLESHEET = "/cn/bizhao/ui/bizhao.css";
    private static final double MAIN_WIDTH = 1200;
    private static final double MAIN_HEIGHT = 760;
    /** How often the screen on show asks whether another station has changed something. */
    private static final Duration CHANGE_POLL = Duration.ofSeconds(3);

    /** What the supervisor acts on: conclusions waiting (in review), approved, submitted, department approved. */
    private static final Set<ApplicationStatus> SUPERVISED = EnumSet.of(ApplicationStatus.IN_REVIEW,
            ApplicationStatus.APPROVED, ApplicationStatus.SUBMITTED, ApplicationStatus.DEPT_APPROVED);

    private final CompletableFuture<Services> opening;
    private final Consumer<Throwable> failed;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ViewLoader views;
    private final Function<Services, Duration> idleTime;
    private final Function<Stage, DialogService> dialogs;
    private Services services; // set on the FX thread once the station is open
    private LoginViewModel login;
    private Stage stage;
    private IdleWatch idle;
    private Runnable saveWork = () -> { };
    private Path placeFile;
    private boolean mainShown;
    private FxTicker changePoll;

    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks) {
        this(services, messages, tasks, () -> services.sessions().idleLockTime());
    }

    /** @param idleTime how long the main window may sit untouched before it locks, asked at each sign-in */
    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks, Supplier<Duration> idleTime) {
        this(services, messages, tasks, idleTime,
                owner -> new FxDialogService(owner, messages.get("app.title"), messages));
    }

    /** @param dialogs the dialogs of the window (tests answer them instead of a person) */
    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks, Function<Stage, DialogService> dialogs) {
        this(services, messages, tasks, () -> services.sessions().idleLockTime(), dialogs);
    }

    public BizhaoWindow(Services services, Messages messages, TaskRunner tasks, Supplier<Duration> idleTime,
                        Function<Stage, DialogService> dialogs) {
        this(CompletableFuture.completedFuture(services), messages, tasks, opened -> idleTime.get(), dialogs,
                failure -> {
                    throw new IllegalStateException(failure);
                });
    }

    /**
     * @param opening the station being opened; the login is shown before it is open
     * @param failed  told on the FX thread when the station cannot be opened
     */
    public BizhaoWindow(CompletableFuture<Services> opening, Messages messages, TaskRunner tasks,
                        Consumer<Throwable> failed) {
        this(opening, messages, tasks, opened -> opened.sessions().idleLockTime(),
                owner -> new FxDialogService(owner, messages.get("app.title"), messages), failed);
    }

    private BizhaoWindow(CompletableFuture<Services> opening, Messages messages, TaskRunner tasks,
                         Function<Services, Duration> idleTime, Function<Stage, DialogService> dialogs,
                         Consumer<Throwable> failed) {
        this.opening = opening;
        this.failed = failed;
        this.messages = messages;
        this.tasks = tasks;
        this.views = new ViewLoader(messages);
        this.idleTime = idleTime;
        this.dialogs = dialogs;
    }

    /** The main window opens where it last stood on this station, kept in this file (the data home's). */
    public BizhaoWindow rememberingPlaceIn(Path file) {
        this.placeFile = file;
        return this;
    }

    public void show(Stage stage) {
        this.stage = stage;
        Fonts.load();
        stage.setTitle(messages.get("app.title"));
        stage.setOnCloseRequest(e -> {
            saveWork.run();
            rememberPlace();
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stopChangePoll());
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            opened(opening.join());
        } else {
            showLogin();
            opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    opened(opened);
                } else {
                    failed.accept(failure instanceof CompletionException ? failure.getCause() : failure);
                }
            }));
        }
        stage.show();
    }

    /** The station is open: a station without an administrator yet asks for one; the login gets the station's name. */
    private void opened(Services opened) {
        services = opened;
        if (services.accounts().needsFirstAdministrator()) {
            login = null;
            showScene(views.load(FirstRunView.class, () -> new FirstRunView(
                    new FirstRunViewModel(services.accounts(), services.keys(), tasks, messages, this::signedIn),
                    messages)), 640, 660);
        } else if (login == null) {
            showLogin();
        } else {
            login.stationProperty().set(stationName());
        }
    }

    private void showLogin() {
        login = new LoginViewModel(() -> opening.join().accounts(), tasks, messages, this::signedIn);
        if (services != null) {
            login.stationProperty().set(stationName());
        }
        LoginViewModel model = login;
        showScene(views.load(LoginView.class, () -> new LoginView(model)), 520, 420);
    }

    private String stationName() {
        return services.station().info().map(s -> s.institutionName() + " · " + s.stationName()).orElse("");
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
        login = null;
        StationInfo station = services.station().info().orElseThrow();
        boolean department = services.department().decisions().kind() == StationKind.DEPARTMENT;
        MainViewModel model = new MainViewModel(user, station, services.dataHome(), messages, new Session(user),
                screen -> screen != Screen.DEPARTMENT || department);
        ChangeWatch changes = new ChangeWatch(services.changes()::changeCount, tasks);
        CounterScreens counter = new CounterScreens(services, user, views, tasks, dialogs.apply(stage),
                model.screenProperty()::set, stage, stylesheet(), changes);
        ApplicationScreens files = new ApplicationScreens(services, user, views, tasks, dialogs.apply(stage), counter,
                changes);
        saveWork = () -> {
            counter.saveNow();
            files.saveNow();
        };
        Map<Screen, Supplier<Parent>> screens = screens(user, counter, files, changes);
        changePoll = new FxTicker(CHANGE_POLL, changes::poll);
        changePoll.start();
        ScreenLock lock = new ScreenLock(views.load(MainView.class, () -> new MainView(model,
                s -> screens.get(s).get(), messages)));
        showScene(lock.root(), MAIN_WIDTH, MAIN_HEIGHT);
        place();
        idle = new IdleWatch(stage.getScene(), idleTime.apply(services), () -> {
            if (!lock.isLocked()) { // the lock screen is built once per locking, not at every idle period
                lock.lock(lockScreen(user, lock));
            }
        });
        idle.start();
    }

    /**
     * Every screen of the signed-in user, built when chosen; a screen with a list to keep up to date
     * follows the change watch from then on, until another is chosen.
     */
    private Map<Screen, Supplier<Parent>> screens(User user, CounterScreens counter, ApplicationScreens files,
                                                  ChangeWatch changes) {
        Map<Screen, Supplier<Parent>> screens = screens(user, counter, files);
        screens.replaceAll((screen, build) -> () -> {
            changes.clear();
            return build.get();
        });
        screens.put(Screen.REVIEW, () -> {
            changes.clear();
            return review(user, files, changes);
        });
        screens.put(Screen.SUPERVISION, () -> {
            changes.clear();
            return supervision(user, files, changes);
        });
        return screens;
    }

    private Map<Screen, Supplier<Parent>> screens(User user, CounterScreens counter, ApplicationScreens files) {
        DialogService dialog = dialogs.apply(stage);
        FilePicker picker = new FxFilePicker(stage, messages);
        Map<Screen, Supplier<Parent>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.WORKBENCH, counter::workbench);
        screens.put(Screen.INTAKE, counter::intake);
        screens.put(Screen.CATALOG, () -> views.load(CatalogView.class, () -> new CatalogView(
                new CatalogViewModel(services.catalog().current(), messages))));
        screens.put(Screen.VERIFY_PACKAGES, () -> views.load(VerifyPackagesView.class, () -> new VerifyPackagesView(
                new VerifyPackagesViewModel(user, services.verifier(), services.imports(), picker, tasks, messages))));
        screens.put(Screen.EXPORT_PACKAGES, () -> views.load(ExportPackagesView.class, () -> new ExportPackagesView(
                new ExportPackagesViewModel(services.exports(), services.keys(), user, picker, tasks, Platform::runLater,
                        messages))));
        screens.put(Screen.SETTINGS, () -> settings(user));
        screens.put(Screen.APPLICATIONS, files::search);
        screens.put(Screen.CERTIFICATES, () -> views.load(CertificatesView.class, () -> new CertificatesView(
                new CertificatesViewModel(user, services.certificates(), tasks, messages))));
        screens.put(Screen.DEPARTMENT, () -> views.load(DepartmentView.class, () -> new DepartmentView(
                new DepartmentViewModel(user, services.department().decisions(), picker, tasks, messages,
                        services.audit().zone()))));
        screens.put(Screen.AUDIT, () -> views.load(AuditView.class, () -> new AuditView(
                new AuditViewModel(user, services.audit(), dialog, tasks, messages))));
        screens.put(Screen.STATISTICS, () -> views.load(StatisticsView.class, () -> new StatisticsView(
                new StatisticsViewModel(user, services.statistics(), dialog, tasks, messages), messages)));
        return screens;
    }

    private Parent settings(User user) {
        Parent users = views.load(UsersView.class, () -> new UsersView(
                new UsersViewModel(user, services.users(), tasks, messages), views));
        DialogService dialog = dialogs.apply(stage);
        Parent camera = views.load(CameraSettingsView.class, () -> new CameraSettingsView(
                new CameraSettingsViewModel(user, services.capture(), dialog, tasks, messages)));
        Parent seal = views.load(SealSettingsView.class, () -> new SealSettingsView(
                new SealSettingsViewModel(user, services.documents(), dialog, tasks, messages)));
        Parent keys = views.load(KeysView.class, () -> new KeysView(
                new KeysViewModel(user, services.keys(), dialog, tasks, messages, services.audit().zone())));
        Parent backup = views.load(BackupView.class, () -> new BackupView(new BackupViewModel(user, services.backups(),
                dialog, tasks, Platform::runLater, messages, services.audit().zone())));
        Parent stations = views.load(WorkstationsView.class, () -> new WorkstationsView(
                new WorkstationsViewModel(user, services.workstations(), tasks, messages)));
        return views.load(SettingsView.class, () -> new SettingsView(
                new SettingsViewModel(user, services.sessions(), tasks, messages), users, camera, seal, keys, backup,
                stations));
    }

    private Parent lockScreen(User user, ScreenLock lock) {
        return views.load(LockView.class, () -> new LockView(new LockViewModel(user, services.accounts(), tasks, messages,
                () -> {
                    lock.unlock();
                    idle.restart();
                }, this::signOut)));
    }

    private void signOut() {
        saveWork.run();
        rememberPlace();
        saveWork = () -> { };
        stopChangePoll();
        if (idle != null) {
            idle.stop();
            idle = null;
        }
        showLogin();
    }

    private void stopChangePoll() {
        if (changePoll != null) {
            changePoll.stop();
            changePoll = null;
        }
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
                        dialogs.apply(stage).showInformation(messages.get("account.changePassword.done"));
                    }, dialog::close))));
        }

        @Override
        public void signOut() {
            BizhaoWindow.this.signOut();
        }
    }

    private static String stylesheet() {
        return BizhaoWindow.class.getResource(STYLESHEET).toExternalForm();
    }

    private Parent review(User user, ApplicationScreens files, ChangeWatch changes) {
        WorklistViewModel list = new WorklistViewModel(ReviewFilter.REVIEW_STATUSES,
                filter -> services.review().worklist(user, filter), tasks, messages, services.audit().zone());
        changes.follow(list::refresh);
        return views.load(WorklistView.class, () -> new WorklistView(list, messages.get("review.list.title"),
                files::review));
    }

    private Parent supervision(User user, ApplicationScreens files, ChangeWatch changes) {
        WorklistViewModel list = new WorklistViewModel(SUPERVISED, filter -> services.supervision().worklist(user, filter),
                tasks, messages, services.audit().zone());
        changes.follow(list::refresh);
        return views.load(WorklistView.class, () -> new WorklistView(list, messages.get("supervision.list.title"),
                files::supervision));
    }

    /** Where the main window last stood, on the screens there are now; else its own size, centred. */
    private void place() {
        List<Rectangle2D> screens = javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList();
        WindowPlace place = WindowPlace.read(placeFile).map(stored -> stored.onScreens(screens))
                .orElseGet(() -> WindowPlace.centred(screens.get(0), MAIN_WIDTH, MAIN_HEIGHT));
        stage.setMaximized(false);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
        mainShown = true;
    }

    /** Keeps where the main window stands for the next start; a place that cannot be written is only logged. */
    private void rememberPlace() {
        if (placeFile == null || !mainShown) {
            return;
        }
        mainShown = false;
        try {
            new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .write(placeFile);
        } catch (UncheckedIOException e) {
            LoggerFactory.getLogger(BizhaoWindow.class).warn("window place not kept in {}", placeFile, e);
        }
    }

    private void showScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
    }
}
