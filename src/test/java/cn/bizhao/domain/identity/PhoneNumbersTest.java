package cn.bizhao.domain.identity;

import static cn.bizhao.domain.identity.PhoneNumber.Kind.LANDLINE;
import static cn.bizhao.domain.identity.PhoneNumber.Kind.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000", "+8613800138000",
            "(+86) 13800138000", "0086 13800138000", "8613800138000", "86-138-0013-8000"})
    void acceptsMobileNumberWrittenAnyCommonWay(String typed) {
        assertThat(PhoneNumbers.validate(typed)).isEqualTo(Validation.valid(new PhoneNumber(MOBILE, "13800138000")));
    }

    @Test
    void acceptsFullWidthMobileNumber() {
        assertThat(PhoneNumbers.validate(TestNumbers.fullWidth("13800138000")))
                .isEqualTo(Validation.valid(new PhoneNumber(MOBILE, "13800138000")));
    }

    @Test
    void acceptsGeneratedMobileNumbers() {
        TestNumbers numbers = TestNumbers.seeded();
        for (int i = 0; i < 50; i++) {
            String mobile = numbers.mobile();
            assertThat(PhoneNumbers.validate(mobile)).isEqualTo(Validation.valid(new PhoneNumber(MOBILE, mobile)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0771-1234567 | 0771-1234567",
            "07711234567 | 0771-1234567",
            "(0771) 1234567 | 0771-1234567",
            "0771 123 4567 | 0771-1234567",
            "+86 771 1234567 | 0771-1234567",
            "0086-771-1234567 | 0771-1234567",
            "010-62345678 | 010-62345678",
            "01062345678 | 010-62345678",
            "020 8765 4321 | 020-87654321",
            "0775-28765432 | 0775-28765432",
            "0771-1234567-801 | 0771-1234567-801",
            "0771-1234567\u8F6C801 | 0771-1234567-801",
            "0771-1234567 ext. 801 | 0771-1234567-801",
            "0771-1234567 x801 | 0771-1234567-801",
            "0771-1234567#801 | 0771-1234567-801"})
    void acceptsLandlineInItsNormalForm(String typed, String normalForm) {
        assertThat(PhoneNumbers.validate(typed)).isEqualTo(Validation.valid(new PhoneNumber(LANDLINE, normalForm)));
    }

    static Stream<Arguments> invalidNumbers() {
        return Stream.of(
                arguments("12800138000", Validation.invalid("validation.phone.mobile", "12800138000", 11)),
                arguments("1380013800", Validation.invalid("validation.phone.mobile", "1380013800", 10)),
                arguments("138001380001", Validation.invalid("validation.phone.mobile", "138001380001", 12)),
                arguments("13800138000\u8F6C8", Validation.invalid("validation.phone.mobile", "13800138000", 11)),
                arguments("0771-123456", Validation.invalid("validation.phone.landline")),
                arguments("0771-0234567", Validation.invalid("validation.phone.landline")),
                arguments("0771-123456789", Validation.invalid("validation.phone.landline")),
                arguments("013-12345678", Validation.invalid("validation.phone.landline")),
                arguments("0771-1234567-8012345", Validation.invalid("validation.phone.landline")),
                arguments("2345678", Validation.invalid("validation.phone.format")),
                arguments("abc", Validation.invalid("validation.phone.format")),
                arguments("+1 415 555 0100", Validation.invalid("validation.phone.format")),
                arguments("138.0013.8000", Validation.invalid("validation.phone.format")),
                arguments("  ", Validation.invalid("validation.phone.blank")),
                arguments(null, Validation.invalid("validation.phone.blank")));
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void refusesInvalidNumberSayingWhy(String typed, Validation<PhoneNumber> expected) {
        assertThat(PhoneNumbers.validate(typed)).isEqualTo(expected);
    }
}
