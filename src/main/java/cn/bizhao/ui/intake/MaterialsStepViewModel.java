package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.application.RequiredMaterials;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.capture.PageShot;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.intake.IntakeService.PageArrangement;
import cn.bizhao.service.intake.PageUpload;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 申报材料: the checklist of materials this applicant must bring, and for the chosen material its
 * pages: taken with the document camera (cut to the sheet and straightened) or imported, shown as
 * thumbnails and large, reordered, turned, retaken or deleted.
 */
public final class MaterialsStepViewModel {
    private static final int THUMBNAIL = 160;
    private static final int PREVIEW = 1400;

    private final ObservableList<MaterialRow> materials = FXCollections.observableArrayList();
    private final ObjectProperty<MaterialKind> chosen = new SimpleObjectProperty<>(MaterialKind.ID_DOCUMENT);
    private final ObservableList<PageItem> pages = FXCollections.observableArrayList();
    private final ObjectProperty<PageItem> chosenPage = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<String, BufferedImage> thumbnails = new HashMap<>();
    private final IntakeDraft draft;
    private final IntakeService intake;
    private final CaptureService capture;
    private final IntakeCamera camera;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Applicant> applicant;

    MaterialsStepViewModel(IntakeDraft draft, IntakeService intake, CaptureService capture, IntakeCamera camera,
                           DialogService dialogs, Messages messages, Supplier<Applicant> applicant) {
        this.draft = draft;
        this.intake = intake;
        this.capture = capture;
        this.camera = camera;
        this.dialogs = dialogs;
        this.messages = messages;
        this.applicant = applicant;
        chosen.addListener((obs, old, now) -> showPages(draft.application()));
        chosenPage.addListener((obs, old, now) -> showPreview(now));
        draft.applicationProperty().addListener((obs, old, now) -> refreshRows());
        refreshRows();
    }

    /** The materials this applicant must bring, then any other material that has pages, then the signed form. */
    public void refreshRows() {
        Application stored = draft.application();
        List<MaterialKind> required = RequiredMaterials.of(applicant.get());
        Set<MaterialKind> shown = new LinkedHashSet<>(required);
        if (stored != null) {
            stored.materials().stream().filter(Material::isSupplied).map(Material::kind).forEach(shown::add);
        }
        shown.add(MaterialKind.REGISTRATION_FORM);
        List<MaterialRow> rows = new ArrayList<>();
        for (MaterialKind kind : shown) {
            int count = pagesOf(stored, kind).size();
            boolean missing = count == 0 && required.contains(kind);
            String state = count > 0 ? messages.get("intake.materials.pages", count)
                    : messages.get(missing ? "intake.materials.missing" : "intake.materials.optional");
            rows.add(new MaterialRow(kind, messages.of(kind) + messages.get("intake.materials.separator") + state, missing));
        }
        if (!rows.equals(materials)) {
            materials.setAll(rows);
        }
    }

    /** Takes a page of the chosen material with the document camera. */
    public void takePage() {
        MaterialKind kind = chosen.get();
        change(id -> {
            PageShot shot = capture.page(camera.grab());
            return new Changed(intake.addPage(draft.clerk(), id, kind, upload(shot)), kind, shot.noticeKey().orElse(null), -1);
        });
    }

    /** Adds pages from files (JPG, PNG, PDF) to the chosen material. */
    public void importPages() {
        List<Path> files = dialogs.chooseFilesToOpen(messages.get("intake.materials.importTitle"), FileType.PAGE);
        if (!files.isEmpty()) {
            importPages(files);
        }
    }

    void importPages(List<Path> files) {
        MaterialKind kind = chosen.get();
        change(id -> {
            Application stored = null;
            for (Path file : files) {
                stored = intake.addPage(draft.clerk(), id, kind, upload(capture.importPage(file)));
            }
            return new Changed(stored, kind, null, -1);
        });
    }

    /** Replaces the chosen page by a new shot, in the same place. */
    public void retakePage() {
        PageItem old = chosenPage.get();
        if (old == null) {
            return;
        }
        MaterialKind kind = chosen.get();
        change(id -> {
            PageShot shot = capture.page(camera.grab());
            Application added = intake.addPage(draft.clerk(), id, kind, upload(shot));
            List<Page> now = pagesOf(added, kind);
            Page fresh = now.get(now.size() - 1);
            List<PageArrangement> order = new ArrayList<>();
            for (Page p : now) {
                if (p.id() == old.page().id()) {
                    order.add(new PageArrangement(fresh.id(), 0));
                } else if (p.id() != fresh.id()) {
                    order.add(new PageArrangement(p.id(), p.rotation()));
                }
            }
            return new Changed(intake.arrangePages(draft.clerk(), id, kind, order), kind,
                    shot.noticeKey().orElse(null), indexOf(pages, old));
        });
    }

    public void moveEarlier() {
        rearrange(-1, 0, false);
    }

    public void moveLater() {
        rearrange(1, 0, false);
    }

    /** Turns the chosen page a quarter clockwise (the stored bytes never change; the turn is kept beside them). */
    public void rotate() {
        rearrange(0, 1, false);
    }

    public void deletePage() {
        rearrange(0, 0, true);
    }

    private void rearrange(int shift, int turn, boolean delete) {
        PageItem item = chosenPage.get();
        if (item == null) {
            return;
        }
        MaterialKind kind = chosen.get();
        List<Page> current = pages.stream().map(PageItem::page).toList();
        int at = indexOf(pages, item);
        int to = Math.max(0, Math.min(current.size() - 1, at + shift));
        List<Page> order = new ArrayList<>(current);
        order.remove(at);
        if (!delete) {
            order.add(to, item.page());
        }
        List<PageArrangement> arrangement = order.stream()
                .map(p -> new PageArrangement(p.id(), p.id() == item.page().id() ? p.rotation() + turn : p.rotation()))
                .toList();
        int select = delete ? Math.min(at, order.size() - 1) : to;
        change(id -> new Changed(intake.arrangePages(draft.clerk(), id, kind, arrangement), kind, null, select));
    }

    private void change(LongFunction<Changed> work) {
        busy.set(true);
        notice.set("");
        draft.submit(id -> {
            Changed changed = work.apply(id);
            return changed.withItems(items(changed.stored(), changed.kind()));
        }, this::show, failure -> {
            busy.set(false);
            notice.set(ErrorText.of(failure, messages));
        });
    }

    private void show(Changed changed) {
        busy.set(false);
        notice.set(changed.noticeKey() == null ? "" : messages.get(changed.noticeKey()));
        if (changed.kind() == chosen.get()) {
            pages.setAll(changed.items());
            int select = changed.select() >= 0 ? changed.select() : pages.size() - 1;
            chosenPage.set(pages.isEmpty() ? null : pages.get(Math.min(select, pages.size() - 1)));
        }
    }

    /** Shows the pages of the chosen material, as stored. */
    void showPages(Application stored) {
        MaterialKind kind = chosen.get();
        notice.set("");
        if (stored == null) {
            pages.clear();
            chosenPage.set(null);
            return;
        }
        draft.read(() -> items(stored, kind), items -> {
            if (kind == chosen.get()) {
                pages.setAll(items);
                chosenPage.set(items.isEmpty() ? null : items.get(0));
            }
        });
    }

    private void showPreview(PageItem item) {
        if (item == null) {
            preview.set(null);
            return;
        }
        Page page = item.page();
        draft.read(() -> capture.picture(intake.content(page.sha256()), page.mediaType(), page.rotation(), PREVIEW),
                picture -> {
                    if (chosenPage.get() == item) {
                        preview.set(picture);
                    }
                });
    }

    /** Thumbnails, made off the FX thread and kept by content and turn. */
    private List<PageItem> items(Application stored, MaterialKind kind) {
        List<Page> list = pagesOf(stored, kind);
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Page page = list.get(i);
            BufferedImage thumbnail = thumbnails.computeIfAbsent(page.sha256() + "/" + page.rotation(),
                    key -> capture.picture(intake.content(page.sha256()), page.mediaType(), page.rotation(), THUMBNAIL));
            items.add(new PageItem(page, thumbnail, messages.get("intake.materials.pageCaption", i + 1, list.size())));
        }
        return items;
    }

    private static List<Page> pagesOf(Application stored, MaterialKind kind) {
        if (stored == null) {
            return List.of();
        }
        return stored.materials().stream().filter(m -> m.kind() == kind).findFirst().map(Material::pages).orElse(List.of());
    }

    private static int indexOf(List<PageItem> items, PageItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).page().id() == item.page().id()) {
                return i;
            }
        }
        return -1;
    }

    private static PageUpload upload(PageShot shot) {
        return new PageUpload(shot.content(), shot.mediaType());
    }

    /** Forgets the thumbnails: the intake is over. */
    void clear() {
        thumbnails.clear();
        pages.clear();
        preview.set(null);
    }

    public ObservableList<MaterialRow> materials() {
        return materials;
    }

    public ObjectProperty<MaterialKind> chosenProperty() {
        return chosen;
    }

    public ObservableList<PageItem> pages() {
        return pages;
    }

    public ObjectProperty<PageItem> chosenPageProperty() {
        return chosenPage;
    }

    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What to tell the clerk about the last page (no sheet found) or a camera or file problem. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A change and what to show after it. */
    private record Changed(Application stored, MaterialKind kind, String noticeKey, int select, List<PageItem> items) {
        Changed(Application stored, MaterialKind kind, String noticeKey, int select) {
            this(stored, kind, noticeKey, select, List.of());
        }

        Changed withItems(List<PageItem> shown) {
            return new Changed(stored, kind, noticeKey, select, shown);
        }
    }
}
