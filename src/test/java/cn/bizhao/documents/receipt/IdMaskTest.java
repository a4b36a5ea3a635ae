package cn.bizhao.documents.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdMaskTest {
    @ParameterizedTest
    @CsvSource({
            "360426199101010071, 3604**********0071",
            "C1234567, C1****67",
            "H12345678, H1*****78",
            "'', ''"})
    void keepsOnlyTheEndsOfTheNumber(String number, String masked) {
        assertThat(IdMask.mask(number)).isEqualTo(masked);
    }
}
