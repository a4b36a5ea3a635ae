package cn.bizhao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFieldTest {
    @Test
    void takesTextUpToTheLimitAndBlanksAroundItDoNotCount() {
        String hundred = "阮".repeat(100);

        assertThat(TextField.APPLICANT_NAME.require(hundred)).isEqualTo(hundred);
        assertThat(TextField.APPLICANT_NAME.require("  " + hundred + "\n")).isEqualTo("  " + hundred + "\n");
        assertThat(TextField.APPLICANT_NAME.require(null)).isNull();
    }

    @Test
    void refusesLongerTextNamingTheFieldTheLimitAndTheLength() {
        assertThatThrownBy(() -> TextField.OPINION.require("意".repeat(2001)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly(TextField.OPINION, 2000, 2001);
                });
    }
}
