package cn.bizhao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A folder camera for intake tests: the demo pictures, numbered in the order the test takes them. */
public final class CameraFolder {
    /** The photo, then the ID card's two sides, the certificate, and the labour contract. */
    public static final List<String> ONE_INTAKE = List.of("portrait-light.jpg", "desk-certificate.jpg",
            "desk-contract.jpg", "desk-certificate.jpg", "desk-contract.jpg");

    private CameraFolder() {
    }

    /** Copies the demo pictures into {@code folder}, numbered, and returns the camera setting for it. */
    public static String fill(Path folder, List<String> pictures) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < pictures.size(); i++) {
                try (InputStream in = CameraFolder.class.getResourceAsStream("/demo/" + pictures.get(i))) {
                    if (in == null) {
                        throw new IllegalStateException("missing demo picture " + pictures.get(i));
                    }
                    Files.copy(in, folder.resolve(String.format("%02d-%s", i + 1, pictures.get(i))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "folder:" + folder.toAbsolutePath();
    }

    /** The pictures of the folder in the order the camera serves them. */
    public static List<Path> files(Path folder) {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
