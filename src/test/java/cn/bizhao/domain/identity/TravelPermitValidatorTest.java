package cn.bizhao.domain.identity;

import static cn.bizhao.domain.application.IdDocumentType.HK_MACAO_TRAVEL_PERMIT;
import static cn.bizhao.domain.application.IdDocumentType.TAIWAN_TRAVEL_PERMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two mainland travel permits: form only, no public check character. */
class TravelPermitValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private final TravelPermitValidator hkMacao = TravelPermitValidator.hkMacao();
    private final TravelPermitValidator taiwan = TravelPermitValidator.taiwan();

    static Stream<String> validHkMacaoNumbers() {
        return Stream.of(NUMBERS.hkMacaoPermit('H', 8), NUMBERS.hkMacaoPermit('H', 10),
                NUMBERS.hkMacaoPermit('M', 8), NUMBERS.hkMacaoPermit('M', 10));
    }

    @ParameterizedTest
    @MethodSource("validHkMacaoNumbers")
    void acceptsHkMacaoPermit(String number) {
        assertThat(hkMacao.validate(number)).isEqualTo(Validation.valid(IdNumber.plain(HK_MACAO_TRAVEL_PERMIT, number)));
    }

    @ParameterizedTest
    @CsvSource({"h12345678, H12345678", "'M 1234 5678 90', M1234567890"})
    void normalisesHkMacaoPermit(String typed, String normalForm) {
        assertThat(hkMacao.validate(typed).orElseThrow().value()).isEqualTo(normalForm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H1234567", "H123456789", "H12345678901", "K12345678", "12345678", "HM12345678", "H1234567A"})
    void refusesHkMacaoPermitOfWrongForm(String number) {
        assertThat(hkMacao.validate(number)).isEqualTo(Validation.invalid("validation.hkMacaoPermit.form"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForHkMacaoPermitWhenBlank(String typed) {
        assertThat(hkMacao.validate(typed)).isEqualTo(Validation.invalid("validation.id.blank", HK_MACAO_TRAVEL_PERMIT));
    }

    @ParameterizedTest
    @MethodSource("validTaiwanNumbers")
    void acceptsTaiwanPermit(String number) {
        assertThat(taiwan.validate(number)).isEqualTo(Validation.valid(IdNumber.plain(TAIWAN_TRAVEL_PERMIT, number)));
    }

    static Stream<String> validTaiwanNumbers() {
        return Stream.of(NUMBERS.taiwanPermit(), NUMBERS.taiwanPermit(), "00012345");
    }

    static Stream<Arguments> invalidTaiwanNumbers() {
        return Stream.of(
                arguments("1234567", Validation.invalid("validation.taiwanPermit.form")),
                arguments("123456789", Validation.invalid("validation.taiwanPermit.form")),
                arguments("T1234567", Validation.invalid("validation.taiwanPermit.form")),
                arguments("", Validation.invalid("validation.id.blank", TAIWAN_TRAVEL_PERMIT)));
    }

    @ParameterizedTest
    @MethodSource("invalidTaiwanNumbers")
    void refusesInvalidTaiwanPermitSayingWhy(String number, Validation<IdNumber> expected) {
        assertThat(taiwan.validate(number)).isEqualTo(expected);
    }
}
