package cn.bizhao.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundles are complete and in step, and no user-visible text hides in code or FXML. */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/cn/bizhao/i18n");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path FXML = Path.of("src/main/resources/cn/bizhao/ui");
    private static final Pattern CHINESE_LITERAL = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");
    private static final Pattern FXML_TEXT = Pattern.compile("(text|promptText|title)=\"([^\"]*)\"");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.get\\(\"([a-z][a-zA-Z]*\\.[\\w.]*\\w)\"");

    private static List<String> keys(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(keys("messages_en.properties"))).isEqualTo(new TreeSet<>(keys("messages.properties")));
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = keys(bundle);
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    @Test
    void noJavaSourceHoldsAChineseLiteral() throws IOException {
        assertThat(filesEndingWith(JAVA, ".java"))
                .allSatisfy(file -> assertThat(CHINESE_LITERAL.matcher(Files.readString(file)).find()).as(file.toString()).isFalse());
    }

    @Test
    void noFxmlHoldsALiteralLabel() throws IOException {
        for (Path file : filesEndingWith(FXML, ".fxml")) {
            Matcher texts = FXML_TEXT.matcher(Files.readString(file));
            while (texts.find()) {
                assertThat(texts.group(2)).as(file + " " + texts.group()).startsWith("%");
            }
        }
    }

    @Test
    void everyKeyNamedInFxmlAndCodeExists() throws IOException {
        Set<String> defined = new HashSet<>(keys("messages.properties"));
        Set<String> used = new TreeSet<>();
        for (Path file : filesEndingWith(FXML, ".fxml")) {
            Matcher texts = FXML_TEXT.matcher(Files.readString(file));
            while (texts.find()) {
                used.add(texts.group(2).substring(1));
            }
        }
        for (Path file : filesEndingWith(JAVA, ".java")) {
            Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertThat(defined).containsAll(used);
    }

    @Test
    void everyEnumShownToPeopleHasItsNames() {
        Messages zh = Messages.chinese();
        Messages en = Messages.of(java.util.Locale.ENGLISH);
        List<Class<? extends Enum<?>>> shown = List.of(cn.bizhao.domain.catalog.SkillLevel.class,
                cn.bizhao.domain.application.ApplicationStatus.class, cn.bizhao.domain.application.StatusAction.class,
                cn.bizhao.domain.application.ApplicantCategory.class, cn.bizhao.domain.application.Gender.class,
                cn.bizhao.domain.application.IdDocumentType.class, cn.bizhao.domain.application.MaterialKind.class,
                cn.bizhao.domain.user.Role.class, cn.bizhao.domain.catalog.NotInCatalogReason.class,
                cn.bizhao.domain.user.Permission.class, cn.bizhao.domain.TextField.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(zh.of(constant)).isNotBlank();
                assertThat(en.of(constant)).isNotBlank();
            }
        }
    }

    @Test
    void everyPermissionSaysWhoMayWhenRefused() {
        for (Messages messages : List.of(Messages.chinese(), Messages.of(java.util.Locale.ENGLISH))) {
            for (cn.bizhao.domain.user.Permission permission : cn.bizhao.domain.user.Permission.values()) {
                assertThat(messages.get(new cn.bizhao.domain.user.PermissionDeniedException(permission).messageKey())).isNotBlank();
            }
        }
    }

    private static Collection<Path> filesEndingWith(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }
}
