package cn.bizhao.service.capture;

import cn.bizhao.capture.Jpeg;
import cn.bizhao.capture.Scaling;
import cn.bizhao.capture.camera.Camera;
import cn.bizhao.capture.camera.CameraChooser;
import cn.bizhao.capture.camera.CameraSetting;
import cn.bizhao.capture.page.ImportException;
import cn.bizhao.capture.page.ImportedPage;
import cn.bizhao.capture.page.PageFormat;
import cn.bizhao.capture.page.PageImporter;
import cn.bizhao.capture.page.PageRotation;
import cn.bizhao.capture.page.PageStraightener;
import cn.bizhao.capture.page.StraightenedPage;
import cn.bizhao.capture.photo.Photo;
import cn.bizhao.capture.photo.PhotoCrop;
import cn.bizhao.capture.photo.PhotoMaker;
import cn.bizhao.documents.preview.PagePreview;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Role;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.station.StationService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What the intake screens need from the cameras and image files: the configured camera, the
 * 32:40 photo from a frame, straightened document camera pages, imported files, and pictures of
 * stored pages for thumbnails and preview.
 */
public final class CaptureService {
    private final Transactions transactions;
    private final StationService station;
    private final AuditTrail audit;
    private final CameraChooser cameras;
    private final PhotoMaker photos = new PhotoMaker();
    private final PageStraightener straightener = new PageStraightener();
    private final PageImporter importer = new PageImporter();
    private final PagePreview pdfPages = new PagePreview();
    private volatile String runOverride;

    public CaptureService(Transactions transactions, StationService station, AuditTrail audit, CameraChooser cameras) {
        this.transactions = transactions;
        this.station = station;
        this.audit = audit;
        this.cameras = cameras;
    }

    /** The camera named on the command line ({@code --camera}) for this run, instead of the station's. */
    public void useCameraForThisRun(String setting) {
        runOverride = CameraSetting.parse(setting).toString();
    }

    /** The setting in force: this run's, else the station's, else the first webcam. */
    public String cameraSetting() {
        String override = runOverride;
        return override != null ? override : station.cameraSetting().orElse(CameraSetting.DEFAULT.toString());
    }

    /** The administrator chooses the station's camera (系统设置). */
    public void setCameraSetting(User administrator, String setting) {
        if (!administrator.has(Role.ADMIN)) {
            throw new DomainException("error.permission.adminOnly");
        }
        String checked = CameraSetting.parse(setting).toString();
        transactions.run(uow -> {
            station.setCameraSetting(uow, checked);
            audit.record(uow, administrator.login(), AuditAction.SETTINGS_CHANGED, null, "camera " + checked);
        });
    }

    /** Opens the camera in force; a missing, busy or unplugged camera is a {@code capture.camera.*} message. */
    public CameraSession openCamera() {
        Camera camera = cameras.choose(cameraSetting());
        camera.open();
        return new CameraSession(camera);
    }

    /** The largest 32:40 crop centred on the frame: the starting point the clerk adjusts. */
    public CropRect centredCrop(int frameWidth, int frameHeight) {
        return rect(PhotoCrop.centred(frameWidth, frameHeight));
    }

    /** The 32:40 crop closest to the rectangle asked for, kept inside the frame. */
    public CropRect fittedCrop(CropRect asked, int frameWidth, int frameHeight) {
        return rect(PhotoCrop.fitted(asked.x(), asked.y(), asked.width(), asked.height(), frameWidth, frameHeight));
    }

    /** The form's photo: the crop of the frame at 384×480, as JPEG, with its background checked. */
    public PhotoShot photo(BufferedImage frame, CropRect crop) {
        Photo photo = photos.make(frame, new PhotoCrop(crop.x(), crop.y(), crop.width(), crop.height()));
        return new PhotoShot(photo.jpeg(), photo.width(), photo.height(), photo.sha256(), photo.background().warningKey());
    }

    /** A picture file (JPG or PNG) to cut the photo from. */
    public BufferedImage importPicture(Path file) {
        ImportedPage page = importer.read(file);
        return page.image().orElseThrow(() -> new ImportException(ImportException.UNSUPPORTED, page.fileName()));
    }

    /** A document camera photo cut to the sheet and straightened, or kept as taken with a notice. */
    public PageShot page(BufferedImage cameraPhoto) {
        StraightenedPage page = straightener.straighten(cameraPhoto);
        return new PageShot(Jpeg.encode(page.image()), PageFormat.JPEG.mediaType(), page.noticeKey());
    }

    /** A JPG, PNG or PDF file as one page, kept byte for byte. */
    public PageShot importPage(Path file) {
        ImportedPage page = importer.read(file);
        return new PageShot(page.bytes(), page.format().mediaType(), Optional.empty());
    }

    /**
     * A stored page as a picture no larger than {@code maxEdge} pixels on its long side, turned by
     * its rotation; a PDF shows its first page.
     */
    public BufferedImage picture(byte[] content, String mediaType, int rotation, int maxEdge) {
        BufferedImage image = PageFormat.PDF.mediaType().equals(mediaType)
                ? pdfPages.render(content, 0, PagePreview.SCREEN_DPI)
                : decode(content);
        return PageRotation.rotate(fit(image, maxEdge), rotation);
    }

    private static BufferedImage decode(byte[] content) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                throw new ImportException(ImportException.UNREADABLE, "");
            }
            return image;
        } catch (IOException e) {
            throw new ImportException(e, ImportException.UNREADABLE, "");
        }
    }

    private static BufferedImage fit(BufferedImage image, int maxEdge) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= maxEdge) {
            return image;
        }
        double scale = (double) maxEdge / longSide;
        return Scaling.to(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                Math.max(1, (int) Math.round(image.getHeight() * scale)));
    }

    private static CropRect rect(PhotoCrop crop) {
        return new CropRect(crop.x(), crop.y(), crop.width(), crop.height());
    }
}
