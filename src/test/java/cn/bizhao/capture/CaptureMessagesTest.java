package cn.bizhao.capture;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.capture.camera.CameraException;
import cn.bizhao.capture.page.ImportException;
import cn.bizhao.capture.page.StraightenedPage;
import cn.bizhao.capture.photo.PhotoException;
import cn.bizhao.i18n.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key this package throws has its text in both bundles, and the bundles agree on the capture keys. */
class CaptureMessagesTest {

    @Test
    void everyKeyThePackageUsesIsInBothBundles() {
        Set<String> used = new TreeSet<>(keyConstants());
        used.add("capture.photo.backgroundDark");
        used.add("capture.photo.backgroundUneven");

        assertThat(captureKeys(Messages.chinese())).containsAll(used);
        assertThat(captureKeys(Messages.of(Locale.ENGLISH))).containsAll(used);
    }

    @Test
    void bothBundlesHaveTheSameCaptureKeys() {
        assertThat(captureKeys(Messages.of(Locale.ENGLISH))).isEqualTo(captureKeys(Messages.chinese()));
    }

    @Test
    void aMessageWithArgumentsReadsWell() {
        assertThat(Messages.of(Locale.ENGLISH).get(ImportException.UNREADABLE, "scan.jpg")).contains("\"scan.jpg\"");
    }

    private static Set<String> captureKeys(Messages messages) {
        return messages.bundle().keySet().stream().filter(key -> key.startsWith("capture.")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> keyConstants() {
        return Stream.of(CameraException.class, PhotoException.class, ImportException.class, StraightenedPage.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(CaptureMessagesTest::value)
                .filter(value -> value.startsWith("capture."))
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
