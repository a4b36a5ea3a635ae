package cn.bizhao.domain.identity;

import static cn.bizhao.domain.application.IdDocumentType.HMT_RESIDENCE_PERMIT;
import static cn.bizhao.domain.identity.TestNumbers.withCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.bizhao.domain.application.Gender;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidencePermitValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private final ResidencePermitValidator validator = new ResidencePermitValidator(TestNumbers.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {"810000", "820000", "830000"})
    void acceptsEachRegionsPrefixAndDerivesBirthDateAndGender(String prefix) {
        LocalDate birth = LocalDate.of(1987, 7, 1);
        String number = NUMBERS.residencePermit(prefix, birth, Gender.FEMALE);

        assertThat(validator.validate(number)).isEqualTo(Validation.valid(
                new IdNumber(HMT_RESIDENCE_PERMIT, number, Optional.of(birth), Optional.of(Gender.FEMALE))));
    }

    @Test
    void normalisesLowerCaseCheckCharacter() {
        String number;
        do {
            number = NUMBERS.residencePermit("830000", LocalDate.of(1990, 5, 20), Gender.MALE);
        } while (number.charAt(17) != 'X');

        assertThat(validator.validate(number.toLowerCase()).orElseThrow().value()).isEqualTo(number);
    }

    static Stream<Arguments> invalidNumbers() {
        String valid = NUMBERS.residencePermit("810000", LocalDate.of(1987, 7, 1), Gender.MALE);
        return Stream.of(
                arguments(TestNumbers.withWrongCheck(valid, TestNumbers.ID_ALPHABET),
                        Validation.invalid("validation.id18.checkCharacter", HMT_RESIDENCE_PERMIT, valid.substring(17))),
                arguments("360426199101010071", Validation.invalid("validation.residencePermit.prefix")),
                arguments(withCheck("81000119870701001"), Validation.invalid("validation.residencePermit.prefix")),
                arguments(withCheck("82000019870230001"), Validation.invalid("validation.birthDate.invalid", "19870230")),
                arguments(withCheck("83000020300101001"), Validation.invalid("validation.birthDate.future", "20300101")),
                arguments("8100001987070100", Validation.invalid("validation.id18.length", HMT_RESIDENCE_PERMIT, 16)),
                arguments("", Validation.invalid("validation.id.blank", HMT_RESIDENCE_PERMIT)));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void refusesInvalidNumberSayingWhy(String number, Validation<IdNumber> expected) {
        assertThat(validator.validate(number)).isEqualTo(expected);
    }
}
