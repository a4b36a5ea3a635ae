package cn.bizhao.ui;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.document.PrintableDocument;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.FxDebouncer;
import cn.bizhao.ui.common.ChangeWatch;
import cn.bizhao.ui.common.TaskRunner;
import cn.bizhao.ui.common.ViewLoader;
import cn.bizhao.ui.document.DocumentPreviewView;
import cn.bizhao.ui.document.DocumentPreviewViewModel;
import cn.bizhao.ui.intake.IntakeContext;
import cn.bizhao.ui.intake.IntakeExits;
import cn.bizhao.ui.intake.IntakeWizardView;
import cn.bizhao.ui.intake.IntakeWizardViewModel;
import cn.bizhao.ui.shell.Screen;
import cn.bizhao.ui.workbench.WorkbenchView;
import cn.bizhao.ui.workbench.WorkbenchViewModel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The counter's screens of one signed-in clerk: the workbench and the intake wizard. The wizard
 * stays while the clerk looks elsewhere (its draft saved, its camera released) and is replaced
 * when a new intake starts or a draft is resumed.
 */
final class CounterScreens {
    private static final Duration AUTOSAVE_PAUSE = Duration.millis(300);
    private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.AWAITING_MATERIALS);

    private final Services services;
    private final User clerk;
    private final ViewLoader views;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Screen> navigate;
    private final Window owner;
    private final String stylesheet;
    private final StackPane intakeHost = new StackPane();
    private final ChangeWatch changes;
    private IntakeWizardViewModel wizard;

    CounterScreens(Services services, User clerk, ViewLoader views, TaskRunner tasks, DialogService dialogs,
                   Consumer<Screen> navigate, Window owner, String stylesheet, ChangeWatch changes) {
        this.changes = changes;
        this.services = services;
        this.clerk = clerk;
        this.views = views;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigate = navigate;
        this.owner = owner;
        this.stylesheet = stylesheet;
        intakeHost.setId("intakeHost");
        intakeHost.sceneProperty().addListener((obs, old, now) -> {
            if (now == null && wizard != null) {
                wizard.leave();
            }
        });
    }

    Parent workbench() {
        WorkbenchViewModel model = new WorkbenchViewModel(services.intake(), clerk, tasks, views.messages(), this::resume,
                this::startNew, services.audit().zone());
        changes.follow(model::refresh);
        return views.load(WorkbenchView.class, () -> new WorkbenchView(model));
    }

    /** The wizard in progress, or a new one when there is none or the last one is finished. */
    Parent intake() {
        if (wizard == null || wizard.review().outcomeProperty().get() != null) {
            showWizard(newWizard());
        }
        return intakeHost;
    }

    void startNew() {
        showWizard(newWizard());
        navigate.accept(Screen.INTAKE);
    }

    void resume(Application stored) {
        IntakeWizardViewModel resumed = newWizard();
        showWizard(resumed);
        resumed.open(stored);
        navigate.accept(Screen.INTAKE);
    }

    /** Continues an intake found elsewhere (申请查询): one waiting for materials opens again as a draft. */
    void continueIntake(long id) {
        tasks.run(() -> services.intake().continueIntake(clerk, id), this::resume, this::failed);
    }

    /** The window closes: what was typed is saved at once. */
    void saveNow() {
        if (wizard != null) {
            wizard.saveNow();
        }
    }

    private IntakeWizardViewModel newWizard() {
        Messages messages = views.messages();
        return new IntakeWizardViewModel(new IntakeContext(services.intake(), services.catalog(), services.capture(),
                services.documents(), services.printing(), clerk, tasks, () -> new FxDebouncer(AUTOSAVE_PAUSE), dialogs,
                messages), new IntakeExits() {
                    @Override
                    public void openExisting(Application existing) {
                        CounterScreens.this.openExisting(existing);
                    }

                    @Override
                    public void toWorkbench() {
                        navigate.accept(Screen.WORKBENCH);
                    }

                    @Override
                    public void startNew() {
                        CounterScreens.this.startNew();
                    }
                });
    }

    private void showWizard(IntakeWizardViewModel next) {
        if (wizard != null) {
            wizard.leave();
        }
        wizard = next;
        intakeHost.getChildren().setAll(views.load(IntakeWizardView.class, () -> new IntakeWizardView(next, views)));
    }

    /** A duplicate found: a draft is continued; an accepted application shows its receipt. */
    private void openExisting(Application existing) {
        if (EDITABLE.contains(existing.status())) {
            continueIntake(existing.id());
            return;
        }
        showReceipt(existing.id(), existing.acceptanceNo());
    }

    /** The acceptance receipt in a window of its own, to print it again. */
    void showReceipt(long id, String acceptanceNo) {
        DocumentPreviewViewModel preview = new DocumentPreviewViewModel(services.printing(), clerk, tasks, dialogs,
                views.messages());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(views.messages().get("intake.duplicate.receiptTitle", acceptanceNo));
        Scene scene = new Scene(views.load(DocumentPreviewView.class, () -> new DocumentPreviewView(preview)), 760, 700);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> preview.clear());
        stage.show();
        preview.making();
        tasks.run(() -> services.documents().receipt(id), pdf -> preview.show(new PrintableDocument(
                views.messages().get("intake.review.receiptName", acceptanceNo), pdf, id)), failure -> {
                    preview.notMade();
                    failed(failure);
                });
    }

    private void failed(Exception failure) {
        dialogs.showError(ErrorText.of(failure, views.messages()));
    }
}
