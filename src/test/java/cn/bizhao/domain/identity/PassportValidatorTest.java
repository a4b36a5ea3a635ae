package cn.bizhao.domain.identity;

import static cn.bizhao.domain.application.IdDocumentType.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassportValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private final PassportValidator validator = new PassportValidator();

    static Stream<String> validNumbers() {
        return Stream.of(NUMBERS.passport(), "A1234", "12345", "C01X00T47", "ABCDEFGHIJ1234567");
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsLettersAndDigitsOf5To17(String number) {
        assertThat(validator.validate(number)).isEqualTo(Validation.valid(IdNumber.plain(PASSPORT, number)));
    }

    @ParameterizedTest
    @CsvSource({"e12345678, E12345678", "' E 1234 5678 ', E12345678"})
    void upperCasesAndDropsSpaces(String typed, String normalForm) {
        assertThat(validator.validate(typed).orElseThrow().value()).isEqualTo(normalForm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1234-5678", "E1234/5678", "E12345678<", "\u00C912345678"})
    void refusesCharactersOtherThanLettersAndDigits(String number) {
        assertThat(validator.validate(number)).isEqualTo(Validation.invalid("validation.passport.characters"));
    }

    static Stream<Arguments> wrongLengths() {
        return Stream.of(arguments("E123", 4), arguments("ABCDEFGHIJ12345678", 18));
    }

    @ParameterizedTest
    @MethodSource("wrongLengths")
    void refusesLengthOutside5To17(String number, int length) {
        assertThat(validator.validate(number)).isEqualTo(Validation.invalid("validation.passport.length", length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void asksForTheNumberWhenBlank(String typed) {
        assertThat(validator.validate(typed)).isEqualTo(Validation.invalid("validation.id.blank", PASSPORT));
    }
}
