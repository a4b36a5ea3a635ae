package cn.bizhao.domain.identity;

import static cn.bizhao.domain.application.IdDocumentType.FOREIGN_PERMANENT_RESIDENCE_ID;
import static cn.bizhao.domain.application.IdDocumentType.HMT_RESIDENCE_PERMIT;
import static cn.bizhao.domain.application.IdDocumentType.RESIDENT_ID;
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
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private final ResidentIdValidator validator = new ResidentIdValidator(TestNumbers.CLOCK);

    static Stream<String> validNumbers() {
        return Stream.of(
                "360426199101010071",
                "34052419800101001X",
                NUMBERS.residentId(),
                NUMBERS.residentId(),
                NUMBERS.residentIdEndingInX(),
                // retired prefecture code of Guangxi, still on valid cards
                NUMBERS.gb11643("452101", LocalDate.of(1975, 3, 9), Gender.FEMALE),
                // leap day of a leap year, born today, the earliest accepted date
                NUMBERS.gb11643("450102", LocalDate.of(2000, 2, 29), Gender.MALE),
                NUMBERS.gb11643("450102", TestNumbers.TODAY, Gender.MALE),
                NUMBERS.gb11643("110101", LocalDate.of(1900, 1, 1), Gender.FEMALE),
                // Hainan's direct-administered counties use prefecture part 90
                NUMBERS.gb11643("469001", LocalDate.of(1988, 8, 8), Gender.MALE));
    }

    @ParameterizedTest
    @MethodSource("validNumbers")
    void acceptsValidNumberInItsNormalForm(String number) {
        assertThat(validator.validate(number).orElseThrow().value()).isEqualTo(number);
    }

    static Stream<Arguments> derivedFacts() {
        return Stream.of(
                arguments("360426199101010071", LocalDate.of(1991, 1, 1), Gender.MALE),
                arguments("34052419800101001X", LocalDate.of(1980, 1, 1), Gender.MALE),
                arguments(NUMBERS.gb11643("450103", LocalDate.of(1993, 12, 31), Gender.FEMALE),
                        LocalDate.of(1993, 12, 31), Gender.FEMALE),
                arguments(NUMBERS.gb11643("450103", LocalDate.of(1993, 12, 31), Gender.MALE),
                        LocalDate.of(1993, 12, 31), Gender.MALE));
    }

    @ParameterizedTest
    @MethodSource("derivedFacts")
    void derivesBirthDateAndGender(String number, LocalDate birthDate, Gender gender) {
        assertThat(validator.validate(number))
                .isEqualTo(Validation.valid(new IdNumber(RESIDENT_ID, number, Optional.of(birthDate), Optional.of(gender))));
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                arguments("34052419800101001x", "34052419800101001X"),
                arguments(" 360426 19910101 0071 ", "360426199101010071"),
                arguments(TestNumbers.fullWidth("34052419800101001x"), "34052419800101001X"));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void normalisesCaseSpacesAndFullWidthDigits(String typed, String normalForm) {
        assertThat(validator.validate(typed).orElseThrow().value()).isEqualTo(normalForm);
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                arguments("360426199101010072", Validation.invalid("validation.id18.checkCharacter", RESIDENT_ID, "1")),
                arguments("340524198001010011", Validation.invalid("validation.id18.checkCharacter", RESIDENT_ID, "X")),
                arguments(withCheck("36042619910231007"), Validation.invalid("validation.birthDate.invalid", "19910231")),
                arguments(withCheck("45010220230229002"), Validation.invalid("validation.birthDate.invalid", "20230229")),
                arguments(withCheck("45010219901301002"), Validation.invalid("validation.birthDate.invalid", "19901301")),
                arguments(withCheck("45010220250616002"), Validation.invalid("validation.birthDate.future", "20250616")),
                arguments(withCheck("45010218991231002"), Validation.invalid("validation.birthDate.tooEarly", "18991231")),
                arguments("36042619910101007", Validation.invalid("validation.id18.length", RESIDENT_ID, 17)),
                arguments("3604261991010100711", Validation.invalid("validation.id18.length", RESIDENT_ID, 19)),
                arguments("360426910101007", Validation.invalid("validation.residentId.legacy15")),
                arguments("36042619910101A071", Validation.invalid("validation.id18.characters", RESIDENT_ID)),
                arguments("3604261991010100X1", Validation.invalid("validation.id18.characters", RESIDENT_ID)),
                arguments(withCheck("20042619910101007"), Validation.invalid("validation.residentId.province", "20")),
                arguments(withCheck("00042619910101007"), Validation.invalid("validation.residentId.province", "00")),
                arguments(withCheck("45001219910101007"), Validation.invalid("validation.residentId.addressCode", "450012")),
                arguments(withCheck("81000019910101007"), Validation.invalid("validation.id.otherType", HMT_RESIDENCE_PERMIT)),
                arguments(withCheck("94501219910101007"), Validation.invalid("validation.id.otherType", FOREIGN_PERMANENT_RESIDENCE_ID)));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void refusesInvalidNumberSayingWhy(String number, Validation<IdNumber> expected) {
        assertThat(validator.validate(number)).isEqualTo(expected);
    }

    @Test
    void refusesGeneratedNumberWithWrongCheckCharacter() {
        String number = NUMBERS.residentId();
        String wrong = TestNumbers.withWrongCheck(number, TestNumbers.ID_ALPHABET);

        assertThat(validator.validate(wrong)).isEqualTo(
                Validation.invalid("validation.id18.checkCharacter", RESIDENT_ID, String.valueOf(number.charAt(17))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void asksForTheNumberWhenBlank(String typed) {
        assertThat(validator.validate(typed)).isEqualTo(Validation.invalid("validation.id.blank", RESIDENT_ID));
    }
}
