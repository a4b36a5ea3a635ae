package cn.bizhao.ui.document;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.document.PrintService;
import cn.bizhao.service.document.PrintableDocument;
import cn.bizhao.ui.common.Busy;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import cn.bizhao.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A produced document on screen as it will print (its pages rendered from the PDF itself), with
 * the printer, the number of copies, printing and saving as PDF.
 */
public final class DocumentPreviewViewModel {
    /** A little above screen resolution, so that small print stays legible in the preview. */
    private static final float DPI = 110f;

    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PrintableDocument> document = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canPrint = Bindings.createBooleanBinding(
            () -> document.get() != null && printer.get() != null, document, printer);
    private final PrintService printing;
    private final User user;
    private final Busy tasks;
    /** A document is being made elsewhere, to be shown here. */
    private boolean making;
    private final DialogService dialogs;
    private final Messages messages;

    public DocumentPreviewViewModel(PrintService printing, User user, TaskRunner tasks, DialogService dialogs,
                                    Messages messages) {
        this.printing = printing;
        this.user = user;
        this.tasks = new Busy(tasks);
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Shows a document: renders its pages and looks up the printers. */
    public void show(PrintableDocument shown) {
        document.set(shown);
        pages.clear();
        message.set("");
        tasks.run(() -> new Rendered(render(shown), printing.printers(), printing.defaultPrinter()), rendered -> {
            if (document.get() == shown) {
                pages.setAll(rendered.pages());
                printers.setAll(rendered.printers());
                printer.set(rendered.defaultPrinter().filter(printers::contains)
                        .orElse(printers.isEmpty() ? null : printers.get(0)));
                if (printers.isEmpty()) {
                    message.set(messages.get("document.error.noPrinter"));
                }
            }
        }, this::failed);
        notMade();
    }

    /**
     * The document to show is being made (its PDF written by the caller): the preview shows that it
     * is working from now until {@link #show} or {@link #notMade}.
     */
    public void making() {
        if (!making) {
            making = true;
            tasks.begin();
        }
    }

    /** The document announced with {@link #making} will not come (its making failed). */
    public void notMade() {
        if (making) {
            making = false;
            tasks.end();
        }
    }

    /** Whether a document is being made, rendered, printed or saved: the preview shows a progress indicator. */
    public ReadOnlyBooleanProperty workingProperty() {
        return tasks.workingProperty();
    }

    private List<BufferedImage> render(PrintableDocument shown) {
        byte[] pdf = shown.pdf();
        int count = printing.pageCount(pdf);
        List<BufferedImage> rendered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rendered.add(printing.page(pdf, i, DPI));
        }
        return rendered;
    }

    public void print() {
        PrintableDocument shown = document.get();
        String chosen = printer.get();
        int count = copies.get();
        message.set(messages.get("document.preview.printing"));
        tasks.run(() -> {
            printing.print(user, shown, chosen, count);
            return chosen;
        }, done -> message.set(messages.get("document.preview.printed", count, done)), this::failed);
    }

    /** Asks where to save and writes the PDF there. */
    public void saveAs() {
        PrintableDocument shown = document.get();
        Optional<Path> file = dialogs.chooseFileToSave(messages.get("document.preview.saveTitle"), shown.name() + ".pdf",
                FileType.PDF);
        file.ifPresent(target -> tasks.run(() -> {
            printing.save(shown, target);
            return target;
        }, saved -> message.set(messages.get("document.preview.saved", saved.toString())), this::failed));
    }

    private void failed(Exception failure) {
        message.set(ErrorText.of(failure, messages));
    }

    /** Leaves the document: its page images are let go. */
    public void clear() {
        notMade();
        document.set(null);
        pages.clear();
        message.set("");
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    /** Printed, saved, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrintableDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public BooleanBinding canPrintProperty() {
        return canPrint;
    }

    private record Rendered(List<BufferedImage> pages, List<String> printers, Optional<String> defaultPrinter) {
    }
}
