package cn.bizhao.capture.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCameraTest {
    @TempDir
    Path folder;

    @Test
    void servesTheFolderImagesInNameOrderAndIgnoresOtherFiles() throws IOException {
        write("02-back.png", Color.GREEN);
        write("01-front.jpg", Color.RED);
        write("03-extra.png", Color.BLUE);
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.STOP);

        camera.open();

        assertThat(List.of(colourOf(camera.grab()), colourOf(camera.grab()), colourOf(camera.grab())))
                .containsExactly(Color.RED.getRGB(), Color.GREEN.getRGB(), Color.BLUE.getRGB());
    }

    @Test
    void startsAgainAfterTheLastImageWhenCycling() throws IOException {
        write("a.png", Color.RED);
        write("b.png", Color.GREEN);
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.CYCLE);
        camera.open();

        camera.grab();
        camera.grab();

        assertThat(colourOf(camera.grab())).isEqualTo(Color.RED.getRGB());
    }

    @Test
    void reportsNoMoreImagesWhenNotCycling() throws IOException {
        write("a.png", Color.RED);
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.STOP);
        camera.open();
        camera.grab();

        assertThatThrownBy(camera::grab).isInstanceOfSatisfying(CameraException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("capture.camera.folderNoMore");
            assertThat(e.arguments()).containsExactly(folder.toString(), 1);
        });
    }

    @Test
    void refusesToOpenAMissingFolder() {
        Path missing = folder.resolve("absent");
        FolderCamera camera = new FolderCamera(missing, FolderCamera.AtEnd.CYCLE);

        assertThat(camera.devices()).isEmpty();
        assertThatThrownBy(camera::open).isInstanceOfSatisfying(CameraException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("capture.camera.folderMissing");
            assertThat(e.arguments()).containsExactly(missing.toString());
        });
    }

    @Test
    void refusesToOpenAFolderWithoutImages() throws IOException {
        Files.writeString(folder.resolve("readme.txt"), "no images here");
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.CYCLE);

        assertThatThrownBy(camera::open).isInstanceOfSatisfying(CameraException.class,
                e -> assertThat(e.messageKey()).isEqualTo("capture.camera.folderEmpty"));
    }

    @Test
    void namesTheFileThatDoesNotDecode() throws IOException {
        Files.write(folder.resolve("broken.jpg"), new byte[] {1, 2, 3, 4});
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.CYCLE);
        camera.open();

        assertThatThrownBy(camera::grab).isInstanceOfSatisfying(CameraException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("capture.camera.folderUnreadable");
            assertThat(e.arguments()).containsExactly("broken.jpg");
        });
    }

    @Test
    void refusesToGrabBeforeOpening() throws IOException {
        write("a.png", Color.RED);
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.CYCLE);

        assertThatThrownBy(camera::grab).isInstanceOfSatisfying(CameraException.class,
                e -> assertThat(e.messageKey()).isEqualTo("capture.camera.notOpen"));
    }

    @Test
    void offersItsFolderAsItsOneDevice() throws IOException {
        write("a.png", Color.RED);
        FolderCamera camera = new FolderCamera(folder, FolderCamera.AtEnd.CYCLE);

        camera.open(camera.devices().get(0));

        assertThat(camera.device()).isEqualTo(new CameraDevice(folder.toString()));
    }

    private void write(String name, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        String format = name.endsWith(".jpg") ? "jpg" : "png";
        ImageIO.write(image, format, folder.resolve(name).toFile());
    }

    /** The centre pixel, snapped to pure colours: JPEG shifts them a little. */
    private static int colourOf(BufferedImage image) {
        int rgb = image.getRGB(20, 15);
        int r = ((rgb >> 16) & 0xff) > 127 ? 255 : 0;
        int g = ((rgb >> 8) & 0xff) > 127 ? 255 : 0;
        int b = (rgb & 0xff) > 127 ? 255 : 0;
        return new Color(r, g, b).getRGB();
    }
}
