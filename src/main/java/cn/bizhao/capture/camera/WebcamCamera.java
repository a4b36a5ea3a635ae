package cn.bizhao.capture.camera;

import com.github.sarxos.webcam.Webcam;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A USB (UVC) camera through Webcam Capture: the photo camera or the document camera (高拍仪).
 * Every call into the library runs under a time limit, so an unplugged or stuck camera gives a
 * message instead of a frozen screen.
 */
public final class WebcamCamera implements Camera {
    private final Optional<String> preferredName;
    private final Limits limits;
    private final TimeBound driver = new TimeBound();
    private Webcam webcam;

    /**
     * How long each kind of call may take. Discovery without a camera takes about 0.2 s, and a
     * camera's first open a second or two, so the defaults only cut off a driver that hangs.
     */
    public record Limits(Duration discovery, Duration open, Duration grab) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(5));
    }

    /** @param preferredName the device chosen in the settings (its name or a distinctive part of it), if any */
    public WebcamCamera(Optional<String> preferredName, Limits limits) {
        this.preferredName = preferredName.filter(name -> !name.isBlank());
        this.limits = limits;
    }

    public WebcamCamera() {
        this(Optional.empty(), Limits.DEFAULT);
    }

    @Override
    public List<CameraDevice> devices() {
        return webcams().stream().map(found -> new CameraDevice(found.getName())).toList();
    }

    @Override
    public void open() {
        List<Webcam> found = connected();
        Webcam chosen = preferredName
                .map(name -> byName(found, name).orElseThrow(() -> new CameraException(CameraException.NOT_FOUND, name)))
                .orElse(found.get(0));
        openWebcam(chosen);
    }

    @Override
    public void open(CameraDevice device) {
        Webcam chosen = byName(connected(), device.name())
                .orElseThrow(() -> new CameraException(CameraException.NOT_FOUND, device.name()));
        openWebcam(chosen);
    }

    @Override
    public boolean isOpen() {
        return webcam != null;
    }

    @Override
    public CameraDevice device() {
        return new CameraDevice(current().getName());
    }

    @Override
    public BufferedImage grab() {
        Webcam current = current();
        BufferedImage frame = bounded(WebcamFailures.GRAB, limits.grab(), () -> current.isOpen() ? current.getImage() : null);
        if (frame == null) {
            // The library answers null when the device stopped delivering: unplugged or reset.
            closeQuietly();
            throw new CameraException(CameraException.LOST);
        }
        return frame;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** The cameras there are; none at all is reported as such, before any choice is looked at. */
    private List<Webcam> connected() {
        List<Webcam> found = webcams();
        if (found.isEmpty()) {
            throw new CameraException(CameraException.NONE);
        }
        return found;
    }

    private List<Webcam> webcams() {
        long millis = limits.discovery().toMillis();
        return bounded(WebcamFailures.DISCOVERY, limits.discovery().plusSeconds(1), () -> Webcam.getWebcams(millis));
    }

    private void openWebcam(Webcam chosen) {
        closeQuietly();
        boolean opened = bounded(WebcamFailures.OPEN, limits.open(), () -> {
            largestViewSize(chosen).ifPresent(chosen::setViewSize);
            return chosen.open();
        });
        if (!opened) {
            throw new CameraException(CameraException.BUSY);
        }
        webcam = chosen;
    }

    /** Documents need every pixel the camera has: small print must stay legible. */
    private static Optional<Dimension> largestViewSize(Webcam chosen) {
        return Arrays.stream(chosen.getViewSizes()).max(Comparator.comparingLong(size -> (long) size.width * size.height));
    }

    private Webcam current() {
        if (webcam == null) {
            throw new CameraException(CameraException.NOT_OPEN);
        }
        return webcam;
    }

    private void closeQuietly() {
        Webcam current = webcam;
        webcam = null;
        if (current != null) {
            try {
                bounded(WebcamFailures.GRAB, limits.grab(), current::close);
            } catch (CameraException alreadyGone) {
                // A camera that cannot even be closed is gone; there is nothing left to release.
            }
        }
    }

    private <T> T bounded(WebcamFailures phase, Duration limit, Callable<T> call) {
        try {
            return driver.call(call, limit);
        } catch (RuntimeException | LinkageError e) {
            throw phase.explain(e);
        }
    }

    private static Optional<Webcam> byName(List<Webcam> found, String name) {
        return found.stream().filter(candidate -> candidate.getName().equals(name)).findFirst()
                .or(() -> found.stream().filter(candidate -> candidate.getName().contains(name)).findFirst());
    }
}
