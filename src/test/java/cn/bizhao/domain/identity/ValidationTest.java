package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void invalidBecomesADomainExceptionWithKeyAndArguments() {
        Validation<String> invalid = Validation.invalid("validation.passport.length", 4);

        assertThatThrownBy(invalid::orElseThrow)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.passport.length");
                    assertThat(e.arguments()).containsExactly(4);
                });
    }

    @Test
    void flatMapKeepsTheFirstReason() {
        Validation<Integer> result = Validation.<String>invalid("validation.phone.blank")
                .flatMap(s -> Validation.invalid("validation.phone.format"));

        assertThat(result).isEqualTo(Validation.invalid("validation.phone.blank"));
    }

    @Test
    void mapTransformsAValidValue() {
        assertThat(Validation.valid("12").map(Integer::parseInt)).isEqualTo(Validation.valid(12));
    }

    @Test
    void toOptionalIsEmptyWhenInvalid() {
        assertThat(Validation.invalid("validation.phone.blank").toOptional()).isEqualTo(Optional.empty());
    }
}
