package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();

    static Stream<String> validCodes() {
        return Stream.of("91110000600037341L", NUMBERS.creditCode("450100"), NUMBERS.creditCode("452100"),
                NUMBERS.creditCode("100000"), NUMBERS.creditCode("440300"));
    }

    @ParameterizedTest
    @MethodSource("validCodes")
    void acceptsValidCode(String code) {
        assertThat(CreditCodes.validate(code)).isEqualTo(Validation.valid(new CreditCode(code)));
    }

    @ParameterizedTest
    @CsvSource({"91110000600037341l, 91110000600037341L", "'9111 0000 6000 3734 1L', 91110000600037341L"})
    void normalisesCaseAndSpaces(String typed, String normalForm) {
        assertThat(CreditCodes.validate(typed).orElseThrow()).isEqualTo(new CreditCode(normalForm));
    }

    @Test
    void normalisesFullWidthCharacters() {
        assertThat(CreditCodes.validate(TestNumbers.fullWidth("91110000600037341L")).orElseThrow())
                .isEqualTo(new CreditCode("91110000600037341L"));
    }

    @Test
    void exposesTheRegistrationArea() {
        assertThat(new CreditCode("91110000600037341L").registrationArea()).isEqualTo("110000");
    }

    @ParameterizedTest
    @CsvSource({"450100, true", "451400, true", "452100, true", "110000, false", "440300, false", "100000, false"})
    void tellsWhetherRegisteredInGuangxi(String area, boolean guangxi) {
        assertThat(CreditCodes.validate(NUMBERS.creditCode(area)).orElseThrow().isGuangxiRegistration()).isEqualTo(guangxi);
    }

    static Stream<Arguments> invalidCodes() {
        return Stream.of(
                arguments("91110000600037341M", Validation.invalid("validation.creditCode.checkCharacter", "L")),
                arguments("91110000600037341Z", Validation.invalid("validation.creditCode.character", 18, "Z")),
                arguments("91110000600037341", Validation.invalid("validation.creditCode.length", 17)),
                arguments("91110000600037341LL", Validation.invalid("validation.creditCode.length", 19)),
                arguments("9111000060003734IL", Validation.invalid("validation.creditCode.character", 17, "I")),
                arguments("91O10000600037341L", Validation.invalid("validation.creditCode.character", 3, "O")),
                arguments("9111-0000600037341", Validation.invalid("validation.creditCode.character", 5, "-")),
                arguments("9111A000600037341L", Validation.invalid("validation.creditCode.area", "11A000")));
    }

    @ParameterizedTest
    @MethodSource("invalidCodes")
    void refusesInvalidCodeSayingWhy(String code, Validation<CreditCode> expected) {
        assertThat(CreditCodes.validate(code)).isEqualTo(expected);
    }

    @Test
    void refusesGeneratedCodeWithWrongCheckCharacter() {
        String code = NUMBERS.creditCode("450100");
        String wrong = TestNumbers.withWrongCheck(code, Checksums.CREDIT_CODE_ALPHABET);

        assertThat(CreditCodes.validate(wrong))
                .isEqualTo(Validation.invalid("validation.creditCode.checkCharacter", code.substring(17)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForTheCodeWhenBlank(String typed) {
        assertThat(CreditCodes.validate(typed)).isEqualTo(Validation.invalid("validation.creditCode.blank"));
    }
}
