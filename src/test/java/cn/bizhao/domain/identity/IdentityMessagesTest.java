package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The validators' message keys: in both bundles, all used, well-formed, and no Chinese in the code. */
class IdentityMessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/bizhao/domain/identity");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(validation\\.[A-Za-z0-9.]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path CHINESE_BUNDLE = Path.of("src/main/resources/cn/bizhao/i18n/messages.properties");
    private static final String SECTION = "# == identity (validators) ==";

    /** The validation keys under this feature's marker, up to the next marker: other features own the rest. */
    private static Set<String> keysInSection() throws IOException {
        Set<String> keys = new TreeSet<>();
        boolean inside = false;
        for (String line : Files.readAllLines(CHINESE_BUNDLE)) {
            if (line.startsWith("# ==")) {
                inside = line.equals(SECTION);
            } else if (inside && line.startsWith("validation.")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static Set<String> validationKeys(ResourceBundle bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.keySet().stream().filter(k -> k.startsWith("validation.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bundlesHaveTheSameValidationKeys() {
        assertThat(validationKeys(Messages.of(Locale.ENGLISH).bundle()))
                .isEqualTo(validationKeys(Messages.chinese().bundle()));
    }

    @Test
    void everyKeyTheValidatorsUseIsInTheBundles() throws IOException {
        assertThat(validationKeys(Messages.chinese().bundle())).containsAll(keysUsedInCode());
    }

    @Test
    void theSectionHoldsExactlyTheKeysTheValidatorsUse() throws IOException {
        assertThat(keysInSection()).isEqualTo(keysUsedInCode());
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        ResourceBundle chinese = Messages.chinese().bundle();
        ResourceBundle english = Messages.of(Locale.ENGLISH).bundle();
        for (String key : validationKeys(chinese)) {
            int zh = new MessageFormat(chinese.getString(key)).getFormatsByArgumentIndex().length;
            int en = new MessageFormat(english.getString(key)).getFormatsByArgumentIndex().length;
            assertThat(en).as(key).isEqualTo(zh);
        }
    }

    @Test
    void rendersARefusalWithTheDocumentName() {
        Validation.Invalid<IdNumber> invalid = (Validation.Invalid<IdNumber>)
                new ResidentIdValidator(TestNumbers.CLOCK).validate("360426199101010072");

        String text = Messages.of(Locale.ENGLISH).get(invalid.messageKey(), invalid.arguments().toArray());

        assertThat(text).isEqualTo("The Resident ID card number fails its check: from the first 17 digits the 18th "
                + "should be 1. Check every digit and enter it again.");
    }

    @Test
    void rendersARefusalInChineseWithoutPlaceholdersLeft() {
        Messages chinese = Messages.chinese();

        String text = chinese.get("validation.id18.checkCharacter", IdDocumentType.RESIDENT_ID, "1");

        assertThat(text).startsWith(chinese.of(IdDocumentType.RESIDENT_ID)).doesNotContain("{").contains("1");
    }

    @Test
    void sourcesHaveNoChineseStringLiterals() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue;
                    }
                    Matcher literal = STRING_LITERAL.matcher(code);
                    while (literal.find()) {
                        assertThat(HAN.matcher(literal.group()).find()).as(file + ": " + line).isFalse();
                    }
                }
            }
        }
    }
}
