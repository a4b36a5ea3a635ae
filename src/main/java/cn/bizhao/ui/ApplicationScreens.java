package cn.bizhao.ui;

import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.station.StationInfo;
import cn.bizhao.ui.applications.ApplicationDetailView;
import cn.bizhao.ui.applications.ApplicationDetailViewModel;
import cn.bizhao.ui.applications.ApplicationFiles;
import cn.bizhao.ui.applications.ApplicationsView;
import cn.bizhao.ui.applications.ApplicationsViewModel;
import cn.bizhao.ui.common.ChangeWatch;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.FxDebouncer;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.review.ReviewFileView;
import cn.bizhao.ui.review.ReviewFileViewModel;
import cn.bizhao.ui.review.SupervisionFileView;
import cn.bizhao.ui.review.SupervisionFileViewModel;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * The screens that show one whole application for the signed-in user: the reviewer's and the
 * supervisor's files (opened from their worklists and from 申请查询 alike), the intake and the receipt
 * (through the counter's screens), and 申请查询 itself, which leads to them.
 */
final class ApplicationScreens implements ApplicationFiles {
    private static final int AUTOSAVE_PAUSE_MS = 300;
    private final Services services;
    private final User user;
    private final ViewLoader views;
    private final TaskRunner tasks;
    private final CounterScreens counter;
    private final DialogService dialogs;
    private final ChangeWatch changes;
    private Runnable saveOpenFile = () -> { };

    /** @param changes tells the list on show that another station changed something */
    ApplicationScreens(Services services, User user, ViewLoader views, TaskRunner tasks, DialogService dialogs,
                       CounterScreens counter, ChangeWatch changes) {
        this.dialogs = dialogs;
        this.changes = changes;
        this.services = services;
        this.user = user;
        this.views = views;
        this.tasks = tasks;
        this.counter = counter;
    }

    /** 申请查询: the search, and the overview of an application opened from it. */
    Parent search() {
        Messages messages = views.messages();
        ZoneId zone = services.audit().zone();
        List<String> occupations = services.catalog().current().entries().stream().map(CatalogEntry::occupation)
                .toList();
        ApplicationsViewModel model = new ApplicationsViewModel(query -> services.applications().search(user, query),
                ApplicationsViewModel.WINDOW_LIMIT, occupations, tasks, messages, zone);
        changes.follow(model::refresh);
        return views.load(ApplicationsView.class, () -> new ApplicationsView(model, (id, back) -> {
            ApplicationDetailViewModel detail = new ApplicationDetailViewModel(user, services.applications(),
                    services.supervision(), tasks, messages, zone);
            Parent view = views.load(ApplicationDetailView.class, () -> new ApplicationDetailView(detail, this, back));
            detail.load(id);
            return view;
        }));
    }

    @Override
    public Parent review(long applicationId, Runnable back) {
        ReviewFileViewModel file = new ReviewFileViewModel(user, services.review(), tasks,
                new FxDebouncer(Duration.millis(AUTOSAVE_PAUSE_MS)), views.messages());
        Parent view = views.load(ReviewFileView.class, () -> new ReviewFileView(file, () -> {
            saveOpenFile = () -> { };
            back.run();
        }));
        saveOpenFile = file::saveNow;
        file.load(applicationId);
        return view;
    }

    @Override
    public Parent supervision(long applicationId, Runnable back) {
        String institution = services.station().info().map(StationInfo::institutionName).orElse("");
        SupervisionFileViewModel file = new SupervisionFileViewModel(user, services.supervision(), services.documents(),
                institution, services.review()::pagePicture, tasks, dialogs, views.messages());
        Parent view = views.load(SupervisionFileView.class, () -> new SupervisionFileView(file, back));
        file.load(applicationId);
        return view;
    }

    /** Keeps what is typed in the review file open now: when the window closes or the user signs out. */
    void saveNow() {
        saveOpenFile.run();
    }

    @Override
    public void continueIntake(long applicationId) {
        counter.continueIntake(applicationId);
    }

    @Override
    public void receipt(long applicationId, String acceptanceNo) {
        counter.showReceipt(applicationId, acceptanceNo);
    }
}
