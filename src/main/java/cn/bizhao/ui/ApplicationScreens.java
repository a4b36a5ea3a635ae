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
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.review.ReviewFileView;
import cn.bizhao.ui.review.ReviewFileViewModel;
import cn.bizhao.ui.review.SupervisionFileView;
import cn.bizhao.ui.review.SupervisionFileViewModel;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Parent;

/**
 * The screens that show one whole application for the signed-in user: the reviewer's and the
 * supervisor's files (opened from their worklists and from 申请查询 alike), the intake and the receipt
 * (through the counter's screens), and 申请查询 itself, which leads to them.
 */
final class ApplicationScreens implements ApplicationFiles {
    private final Services services;
    private final User user;
    private final ViewLoader views;
    private final TaskRunner tasks;
    private final CounterScreens counter;
    private final ChangeWatch changes;

    /** @param changes tells the list on show that another station changed something */
    ApplicationScreens(Services services, User user, ViewLoader views, TaskRunner tasks, CounterScreens counter,
                       ChangeWatch changes) {
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
        ZoneId zone = ZoneId.systemDefault();
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
        ReviewFileViewModel file = new ReviewFileViewModel(user, services.review(), tasks, views.messages());
        Parent view = views.load(ReviewFileView.class, () -> new ReviewFileView(file, back));
        file.load(applicationId);
        return view;
    }

    @Override
    public Parent supervision(long applicationId, Runnable back) {
        String institution = services.station().info().map(StationInfo::institutionName).orElse("");
        SupervisionFileViewModel file = new SupervisionFileViewModel(user, services.supervision(), services.documents(),
                institution, tasks, views.messages());
        Parent view = views.load(SupervisionFileView.class, () -> new SupervisionFileView(file, back));
        file.load(applicationId);
        return view;
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
