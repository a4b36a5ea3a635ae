package cn.bizhao.capture.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A camera that serves the image files of a folder, one per grab, in file-name order. It stands
 * in for a webcam in the demo, in tests, and at a counter whose scanner saves into a folder.
 */
public final class FolderCamera implements Camera {
    private static final Set<String> IMAGE_SUFFIXES = Set.of("jpg", "jpeg", "png", "bmp", "gif");

    /** What a grab does after the last file. */
    public enum AtEnd {
        /** Start again with the first file: a demo never runs dry. */
        CYCLE,
        /** Report that there are no more images: a test sees exactly the files it put there. */
        STOP
    }

    private final Path folder;
    private final AtEnd atEnd;
    private CameraDevice device;
    private List<Path> files = List.of();
    private int next;

    public FolderCamera(Path folder, AtEnd atEnd) {
        this.folder = folder;
        this.atEnd = atEnd;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<CameraDevice> devices() {
        return Files.isDirectory(folder) ? List.of(new CameraDevice(folder.toString())) : List.of();
    }

    @Override
    public void open() {
        open(new CameraDevice(folder.toString()));
    }

    @Override
    public void open(CameraDevice chosen) {
        close();
        Path chosenFolder = Path.of(chosen.name());
        if (!Files.isDirectory(chosenFolder)) {
            throw new CameraException(CameraException.FOLDER_MISSING, chosenFolder.toString());
        }
        List<Path> images = imagesIn(chosenFolder);
        if (images.isEmpty()) {
            throw new CameraException(CameraException.FOLDER_EMPTY, chosenFolder.toString());
        }
        files = images;
        next = 0;
        device = chosen;
    }

    @Override
    public boolean isOpen() {
        return device != null;
    }

    @Override
    public CameraDevice device() {
        if (device == null) {
            throw new CameraException(CameraException.NOT_OPEN);
        }
        return device;
    }

    @Override
    public BufferedImage grab() {
        device();
        if (next == files.size()) {
            if (atEnd == AtEnd.STOP) {
                throw new CameraException(CameraException.FOLDER_NO_MORE, folder.toString(), files.size());
            }
            next = 0;
        }
        return read(files.get(next++));
    }

    @Override
    public void close() {
        device = null;
        files = List.of();
        next = 0;
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new CameraException(CameraException.FOLDER_UNREADABLE, file.getFileName().toString());
            }
            return image;
        } catch (IOException e) {
            throw new CameraException(e, CameraException.FOLDER_UNREADABLE, file.getFileName().toString());
        }
    }

    private static List<Path> imagesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(FolderCamera::isImageName).sorted(
                    (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new CameraException(e, CameraException.FOLDER_MISSING, folder.toString());
        }
    }

    private static boolean isImageName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_SUFFIXES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
