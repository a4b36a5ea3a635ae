package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearsOfWorkTest {

    static Stream<Arguments> validYears() {
        return Stream.of(arguments("0", 0), arguments("5", 5), arguments("60", 60), arguments(" 12 ", 12),
                arguments("007", 7), arguments(TestNumbers.fullWidth("15"), 15));
    }

    @ParameterizedTest
    @MethodSource("validYears")
    void acceptsWholeYearsFrom0To60(String typed, int years) {
        assertThat(YearsOfWork.validate(typed)).isEqualTo(Validation.valid(years));
    }

    static Stream<Arguments> invalidYears() {
        return Stream.of(
                arguments("61", Validation.invalid("validation.years.range", 0, 60, "61")),
                arguments("-1", Validation.invalid("validation.years.range", 0, 60, "-1")),
                arguments("99999999999999999999", Validation.invalid("validation.years.range", 0, 60, "99999999999999999999")),
                arguments("3.5", Validation.invalid("validation.years.notNumber", "3.5")),
                arguments("abc", Validation.invalid("validation.years.notNumber", "abc")),
                arguments("\u4E94", Validation.invalid("validation.years.notNumber", "\u4E94")),
                arguments("5\u5E74", Validation.invalid("validation.years.notNumber", "5\u5E74")),
                arguments("", Validation.invalid("validation.years.blank")),
                arguments(null, Validation.invalid("validation.years.blank")));
    }

    @ParameterizedTest
    @MethodSource("invalidYears")
    void refusesNonNumbersAndOutOfRangeSayingWhy(String typed, Validation<Integer> expected) {
        assertThat(YearsOfWork.validate(typed)).isEqualTo(expected);
    }
}
