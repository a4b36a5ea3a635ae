package cn.bizhao.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    /** FIPS 180-2, appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void hashesBytesAsTheStandardSays() {
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void hashesAFileLikeItsBytes(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("page.bin"), "abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(Sha256.of(file)).isEqualTo(ABC);
    }

    @Test
    void tellsWhetherBytesAreTheOnesHashed() {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);

        assertThat(Sha256.matches(bytes, ABC)).isTrue();
        assertThat(Sha256.matches(bytes, ABC.toUpperCase())).isTrue();
        assertThat(Sha256.matches("abd".getBytes(StandardCharsets.US_ASCII), ABC)).isFalse();
        assertThat(Sha256.matches(bytes, "not hex")).isFalse();
    }
}
