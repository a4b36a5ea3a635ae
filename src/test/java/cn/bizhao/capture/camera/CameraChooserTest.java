package cn.bizhao.capture.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameraChooserTest {
    private final CameraChooser chooser = new CameraChooser();

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "            |WEBCAM|",
            "webcam      |WEBCAM|",
            "webcam:USB Document Camera|WEBCAM|USB Document Camera",
            "folder:/srv/scans|FOLDER|/srv/scans",
            "  folder:C:\\scans  |FOLDER|C:\\scans"})
    void readsTheSetting(String setting, CameraSetting.Kind kind, String argument) {
        assertThat(CameraSetting.parse(setting)).isEqualTo(new CameraSetting(kind, argument));
    }

    @ParameterizedTest
    @ValueSource(strings = {"webcam", "webcam:HD Camera", "folder:/srv/scans"})
    void writesTheSettingAsItReadsIt(String setting) {
        assertThat(CameraSetting.parse(setting).toString()).isEqualTo(setting);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camera", "folder:", "folder", "scanner:/dev/usb"})
    void refusesASettingThatNamesNoCamera(String setting) {
        assertThatThrownBy(() -> chooser.choose(setting)).isInstanceOfSatisfying(CameraException.class,
                e -> assertThat(e.messageKey()).isEqualTo(CameraException.SETTING_INVALID));
    }

    @Test
    void givesAFolderCameraForAFolder(@TempDir Path folder) {
        Camera camera = chooser.choose("folder:" + folder);

        assertThat(camera).isInstanceOfSatisfying(FolderCamera.class, files -> assertThat(files.folder()).isEqualTo(folder));
    }

    @Test
    void givesTheWebcamByDefault() {
        assertThat(chooser.choose("")).isInstanceOf(WebcamCamera.class);
    }

    @Test
    void remembersTheChosenWebcamByName() {
        assertThat(CameraSetting.parse("webcam:Document").deviceName()).isEqualTo(Optional.of("Document"));
    }
}
