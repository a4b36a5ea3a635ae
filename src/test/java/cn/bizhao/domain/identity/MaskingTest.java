package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.IdDocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource({
            "450102199001011234, 4501**********1234",
            "34052419800101001X, 3405**********001X",
            "USA450190010101, USA4*******0101",
            "ABCDEFGHIJKL, ABCD****IJKL",
            "H1234567890, H1*******90",
            "E12345678, E1*****78",
            "12345678, 12****78",
            "A123456, A1***56",
            "123456, 1***56",
            "E1234, E**34",
            "1234, 1**4",
            "123, 1*3",
            "12, **"})
    void keepsTheEndsAndStarsTheMiddle(String number, String masked) {
        assertThat(Masking.maskDocumentNumber(number)).isEqualTo(masked);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void masksNothingToNothing(String number) {
        assertThat(Masking.maskDocumentNumber(number)).isEmpty();
    }

    @Test
    void idNumberShowsItsMaskedForm() {
        assertThat(IdNumber.plain(IdDocumentType.PASSPORT, "E12345678").masked()).isEqualTo("E1*****78");
    }
}
