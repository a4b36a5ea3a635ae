package cn.bizhao.domain.identity;

import static cn.bizhao.domain.application.IdDocumentType.FOREIGN_PERMANENT_RESIDENCE_ID;
import static cn.bizhao.domain.identity.TestNumbers.withCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ForeignPermanentResidenceIdValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private final ForeignPermanentResidenceIdValidator validator =
            new ForeignPermanentResidenceIdValidator(TestNumbers.CLOCK);

    @Test
    void accepts2017FormWithoutDerivedFacts() {
        String number = NUMBERS.foreignPermanent2017();

        assertThat(validator.validate(number)).isEqualTo(Validation.valid(IdNumber.plain(FOREIGN_PERMANENT_RESIDENCE_ID, number)));
    }

    @Test
    void upperCasesThe2017FormsLetters() {
        assertThat(validator.validate("usa 4501 9001 0101").orElseThrow().value()).isEqualTo("USA450190010101");
    }

    @Test
    void accepts2023FormAndDerivesBirthDateOnly() {
        LocalDate birth = LocalDate.of(1979, 11, 30);
        String number = NUMBERS.foreignPermanent2023(birth);

        assertThat(validator.validate(number)).isEqualTo(Validation.valid(
                new IdNumber(FOREIGN_PERMANENT_RESIDENCE_ID, number, Optional.of(birth), Optional.empty())));
    }

    static Stream<Arguments> invalidNumbers() {
        String valid2023 = NUMBERS.foreignPermanent2023(LocalDate.of(1979, 11, 30));
        return Stream.of(
                arguments("US1450190010101", Validation.invalid("validation.foreignPermanent.form2017")),
                arguments("USA45019001010A", Validation.invalid("validation.foreignPermanent.form2017")),
                arguments("US-450190010101", Validation.invalid("validation.foreignPermanent.form2017")),
                arguments("360426199101010071", Validation.invalid("validation.foreignPermanent.mark2023")),
                arguments(TestNumbers.withWrongCheck(valid2023, TestNumbers.ID_ALPHABET), Validation.invalid(
                        "validation.id18.checkCharacter", FOREIGN_PERMANENT_RESIDENCE_ID, valid2023.substring(17))),
                arguments(withCheck("94584019790229001"), Validation.invalid("validation.birthDate.invalid", "19790229")),
                arguments("9458401979113000A1", Validation.invalid("validation.id18.characters", FOREIGN_PERMANENT_RESIDENCE_ID)),
                arguments("USA4501900101011", Validation.invalid("validation.foreignPermanent.length", 16)),
                arguments("USA45019001", Validation.invalid("validation.foreignPermanent.length", 11)),
                arguments(" ", Validation.invalid("validation.id.blank", FOREIGN_PERMANENT_RESIDENCE_ID)));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void refusesInvalidNumberSayingWhy(String number, Validation<IdNumber> expected) {
        assertThat(validator.validate(number)).isEqualTo(expected);
    }
}
