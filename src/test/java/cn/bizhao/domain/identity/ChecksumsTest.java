package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumsTest {

    @ParameterizedTest
    @CsvSource({"36042619910101007, 1", "34052419800101001, X"})
    void computesResidentIdCheckCharacterOfKnownVectors(String body, char expected) {
        assertThat(Checksums.mod11_2(body)).isEqualTo(expected);
    }

    @Test
    void computesCreditCodeCheckCharacterOfKnownVector() {
        assertThat(Checksums.gb32100("91110000600037341")).isEqualTo('L');
    }

    @Test
    void mod11_2AgreesWithTheStandardsDefinitionOnGeneratedNumbers() {
        TestNumbers numbers = TestNumbers.seeded();
        for (int i = 0; i < 500; i++) {
            String id = numbers.residentId();
            assertThat(Checksums.mod11_2(id.substring(0, 17))).as(id).isEqualTo(id.charAt(17));
        }
    }

    @Test
    void gb32100AgreesWithTheStandardsDefinitionOnGeneratedCodes() {
        TestNumbers numbers = TestNumbers.seeded();
        for (int i = 0; i < 500; i++) {
            String code = numbers.creditCode("450100");
            assertThat(Checksums.gb32100(code.substring(0, 17))).as(code).isEqualTo(code.charAt(17));
        }
    }

    @Test
    void refusesABodyOfTheWrongLength() {
        assertThatThrownBy(() -> Checksums.mod11_2("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}
