package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Application;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.capture.CropRect;
import cn.bizhao.service.capture.PhotoShot;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.DialogService.FileType;
import cn.bizhao.ui.common.ErrorText;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * 相片: a frame from the camera or a picture file, the 32:40 crop frame the clerk moves and
 * resizes on it, and the stored 384×480 photo with its background warning. Every change of the
 * crop makes and stores the photo again (after a short pause), so what is shown is what is kept.
 */
public final class PhotoStepViewModel {
    /** One arrow key press moves the frame by this share of its width. */
    private static final double STEP = 0.05;
    /** One zoom step grows or shrinks the frame by this factor. */
    private static final double ZOOM = 1.1;

    private final ReadOnlyObjectWrapper<BufferedImage> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CropRect> crop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BufferedImage> photo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final IntakeDraft draft;
    private final IntakeService intake;
    private final CaptureService capture;
    private final IntakeCamera camera;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final Messages messages;

    PhotoStepViewModel(IntakeDraft draft, IntakeService intake, CaptureService capture, IntakeCamera camera,
                       Debouncer debouncer, DialogService dialogs, Messages messages) {
        this.draft = draft;
        this.intake = intake;
        this.capture = capture;
        this.camera = camera;
        this.debouncer = debouncer;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Takes a frame from the camera and makes the photo with the frame centred on it. */
    public void takePicture() {
        busy.set(true);
        message.set("");
        draft.submit(id -> {
            BufferedImage taken = camera.grab();
            CropRect centred = capture.centredCrop(taken.getWidth(), taken.getHeight());
            return new Made(taken, centred, store(id, taken, centred));
        }, this::show, this::failed);
    }

    /** A picture file instead of the camera. */
    public void importPicture() {
        List<Path> files = dialogs.chooseFilesToOpen(messages.get("intake.photo.importTitle"), FileType.PICTURE);
        if (!files.isEmpty()) {
            importPicture(files.get(0));
        }
    }

    void importPicture(Path file) {
        busy.set(true);
        message.set("");
        draft.submit(id -> {
            BufferedImage picture = capture.importPicture(file);
            CropRect centred = capture.centredCrop(picture.getWidth(), picture.getHeight());
            return new Made(picture, centred, store(id, picture, centred));
        }, this::show, this::failed);
    }

    /** Moves the crop frame by whole arrow steps (negative: left or up). */
    public void move(int stepsRight, int stepsDown) {
        CropRect c = crop.get();
        if (c != null) {
            int step = (int) Math.max(1, Math.round(c.width() * STEP));
            ask(new CropRect(c.x() + stepsRight * step, c.y() + stepsDown * step, c.width(), c.height()));
        }
    }

    /** Moves the crop frame so that its top left corner is at this point of the frame (a drag). */
    public void moveTo(double x, double y) {
        CropRect c = crop.get();
        if (c != null) {
            ask(new CropRect((int) Math.round(x), (int) Math.round(y), c.width(), c.height()));
        }
    }

    /** Grows (positive) or shrinks (negative) the crop frame around its centre. */
    public void zoom(int steps) {
        CropRect c = crop.get();
        if (c != null) {
            double factor = Math.pow(ZOOM, steps);
            int width = (int) Math.round(c.width() * factor);
            int height = (int) Math.round(c.height() * factor);
            ask(new CropRect((int) Math.round(c.centreX() - width / 2.0), (int) Math.round(c.centreY() - height / 2.0),
                    width, height));
        }
    }

    private void ask(CropRect asked) {
        BufferedImage picture = frame.get();
        crop.set(capture.fittedCrop(asked, picture.getWidth(), picture.getHeight()));
        CropRect chosen = crop.get();
        debouncer.schedule(() -> draft.submit(id -> new Made(picture, chosen, store(id, picture, chosen)), this::show,
                this::failed));
    }

    private Stored store(long id, BufferedImage picture, CropRect c) {
        PhotoShot shot = capture.photo(picture, c);
        Application stored = intake.setPhoto(draft.clerk(), id, shot.jpeg());
        BufferedImage shown = capture.picture(intake.content(stored.photoSha256()), "image/jpeg", 0, shot.height());
        return new Stored(shown, shot.warningKey().map(messages::get).orElse(""));
    }

    private void show(Made made) {
        busy.set(false);
        frame.set(made.picture());
        crop.set(made.crop());
        photo.set(made.stored().photo());
        warning.set(made.stored().warning());
    }

    /** Shows the stored photo of a resumed application (the frame it came from is not kept). */
    void load(Application stored) {
        if (stored.photoSha256() != null) {
            draft.read(() -> capture.picture(intake.content(stored.photoSha256()), "image/jpeg", 0, 480), photo::set);
        }
    }

    /** A failed shot: the message says what to do, and file import still works. */
    private void failed(Exception failure) {
        busy.set(false);
        message.set(ErrorText.of(failure, messages));
    }

    public ReadOnlyObjectProperty<BufferedImage> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CropRect> cropProperty() {
        return crop.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    /** The light-background warning of the stored photo, empty when the background is fine. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** A camera or file problem, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Stored(BufferedImage photo, String warning) {
    }

    private record Made(BufferedImage picture, CropRect crop, Stored stored) {
    }
}
