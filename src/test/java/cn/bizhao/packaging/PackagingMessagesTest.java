package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.i18n.Messages;
import cn.bizhao.packaging.crypt.DecryptionProblem;
import cn.bizhao.packaging.verify.FindingCode;
import cn.bizhao.packaging.zip.ZipRefusal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every finding and refusal the packaging layer can produce has its text in both languages. */
class PackagingMessagesTest {
    static Stream<String> keys() {
        return Stream.of(
                Arrays.stream(FindingCode.values()).map(FindingCode::messageKey),
                Arrays.stream(ZipRefusal.values()).map(r -> "packaging.zip." + r.name()),
                Arrays.stream(DecryptionProblem.values()).map(p -> "packaging.decrypt." + p.name()),
                Arrays.stream(PackageType.values()).map(t -> "packageType." + t.name())).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyHasChineseAndEnglishText(String key) {
        assertThat(Messages.chinese().get(key, "data/photo.jpg", "x")).containsPattern("\\p{IsHan}");
        assertThat(Messages.of(Locale.ENGLISH).get(key, "data/photo.jpg", "x")).isNotBlank().doesNotContainPattern("\\p{IsHan}");
    }
}
