package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.IntakeChecklist;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.document.PrintableDocument;
import cn.bizhao.service.intake.DuplicateApplicationException;
import cn.bizhao.service.intake.IncompleteApplicationException;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.document.DocumentPreviewViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * 核对与受理: the form as it will print, the applicant's pledge, then 受理 (acceptance number and
 * receipt) or, while materials are missing, the one-time notice (一次性告知书).
 */
public final class ReviewStepViewModel {
    private final BooleanProperty pledge = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canAccept;
    private final BooleanBinding canSendNotice;
    private final IntakeDraft draft;
    private final IntakeService intake;
    private final DocumentService documents;
    private final DocumentPreviewViewModel form;
    private final DocumentPreviewViewModel result;
    private final Messages messages;
    private final Consumer<List<Application>> duplicatesFound;

    ReviewStepViewModel(IntakeDraft draft, IntakeService intake, DocumentService documents,
                        DocumentPreviewViewModel form, DocumentPreviewViewModel result, Messages messages,
                        ObjectProperty<IntakeChecklist> checklist, BooleanExpression formValid,
                        Consumer<List<Application>> duplicatesFound) {
        this.draft = draft;
        this.intake = intake;
        this.documents = documents;
        this.form = form;
        this.result = result;
        this.messages = messages;
        this.duplicatesFound = duplicatesFound;
        canAccept = Bindings.createBooleanBinding(() -> outcome.get() == null && checklist.get() != null
                && checklist.get().isComplete() && formValid.get(), checklist, outcome, formValid);
        canSendNotice = Bindings.createBooleanBinding(() -> outcome.get() == null && checklist.get() != null
                && !checklist.get().missingMaterials().isEmpty(), checklist, outcome);
    }

    /** Renders the registration form from what is stored, as it will print. */
    public void showForm() {
        form.making();
        draft.submit(id -> documents.registrationForm(id), pdf -> form.show(
                new PrintableDocument(messages.get("intake.review.formName"), pdf, draft.application().id())),
                failure -> {
                    form.notMade();
                    failed(failure);
                });
    }

    /** 受理: the acceptance number, status ACCEPTED and the receipt to print. */
    public void accept() {
        boolean confirmed = pledge.get();
        message.set("");
        result.making();
        draft.submit(id -> {
            Application accepted = intake.accept(draft.clerk(), id, confirmed);
            return new Produced(accepted, documents.receipt(id));
        }, produced -> finish(produced, "intake.review.accepted", "intake.review.receiptName"), this::resultFailed);
    }

    /** 一次性告知书: every missing material told at once; the application waits for them. */
    public void sendNotice() {
        message.set("");
        result.making();
        draft.submit(id -> {
            Application waiting = intake.awaitMaterials(draft.clerk(), id);
            return new Produced(waiting, documents.notice(id));
        }, produced -> finish(produced, "intake.review.noticeSent", "intake.review.noticeName"), this::resultFailed);
    }

    private void finish(Produced produced, String headlineKey, String documentKey) {
        Application a = produced.application();
        String number = a.acceptanceNo() == null ? "" : a.acceptanceNo();
        outcome.set(new Outcome(a, messages.get(headlineKey, number, messages.of(a.status()))));
        String name = messages.get(documentKey, number.isEmpty() ? String.valueOf(a.id()) : number);
        result.show(new PrintableDocument(name, produced.pdf(), a.id()));
    }

    private void resultFailed(Exception failure) {
        result.notMade();
        failed(failure);
    }

    private void failed(Exception failure) {
        if (failure instanceof DuplicateApplicationException duplicate) {
            duplicatesFound.accept(duplicate.existing());
        }
        if (failure instanceof IncompleteApplicationException incomplete) {
            message.set(ErrorText.of(failure, messages) + " " + IntakeChecklistText.of(incomplete.checklist(), messages));
        } else {
            message.set(ErrorText.of(failure, messages));
        }
    }

    public BooleanProperty pledgeProperty() {
        return pledge;
    }

    public String pledgeText() {
        return Messages.chinese().get("document.form.pledge.text");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Set once the application was accepted or the notice given. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }

    public BooleanBinding canSendNoticeProperty() {
        return canSendNotice;
    }

    public DocumentPreviewViewModel form() {
        return form;
    }

    /** The receipt or the notice, once there is one. */
    public DocumentPreviewViewModel result() {
        return result;
    }

    /** The application as it stands after acceptance or notice, and the headline saying so. */
    public record Outcome(Application application, String headline) {
    }

    private record Produced(Application application, byte[] pdf) {
    }
}
