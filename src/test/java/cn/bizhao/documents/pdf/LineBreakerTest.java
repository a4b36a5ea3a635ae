package cn.bizhao.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every character is one unit wide, so widths are character counts. */
class LineBreakerTest {
    private final LineBreaker breaker = new LineBreaker(text -> text.codePointCount(0, text.length()));

    @Test
    void breaksChineseBetweenAnyTwoCharacters() {
        assertThat(breaker.lines("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03", 3, 3))
                .containsExactly("\u4e00\u4e8c\u4e09", "\u56db\u4e94\u516d", "\u4e03");
    }

    @Test
    void neverStartsALineWithAClosingMark() {
        List<String> lines = breaker.lines("\u4e00\u4e8c\u4e09\uff0c\u56db", 3, 3);

        assertThat(lines).noneMatch(line -> line.startsWith("\uff0c"));
        assertThat(String.join("", lines)).isEqualTo("\u4e00\u4e8c\u4e09\uff0c\u56db");
    }

    @Test
    void neverEndsALineWithAnOpeningMark() {
        List<String> lines = breaker.lines("\u4e00\u4e8c\uff08\u4e09\u56db\uff09", 3, 3);

        assertThat(lines).noneMatch(line -> line.endsWith("\uff08"));
    }

    @Test
    void keepsLatinWordsAndNumbersWhole() {
        assertThat(breaker.lines("\u4e00 VN-DT-2023 \u4e8c", 12, 12)).containsExactly("\u4e00 VN-DT-2023", "\u4e8c");
        assertThat(breaker.lines("\u4e00\u4e8cE1234567", 8, 8)).containsExactly("\u4e00\u4e8c", "E1234567");
    }

    @Test
    void cutsAWordLongerThanALine() {
        assertThat(breaker.lines("ABCDEFGHIJ", 4, 4)).containsExactly("ABCD", "EFGH", "IJ");
    }

    @Test
    void givesTheFirstLineItsOwnWidth() {
        assertThat(breaker.lines("\u4e00\u4e8c\u4e09\u56db\u4e94", 2, 3)).containsExactly("\u4e00\u4e8c", "\u4e09\u56db\u4e94");
    }

    @Test
    void balancesCentredLabels() {
        assertThat(breaker.balancedLines("\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341", 7))
                .containsExactly("\u4e00\u4e8c\u4e09\u56db\u4e94", "\u516d\u4e03\u516b\u4e5d\u5341");
    }

    @Test
    void honoursForcedLineBreaks() {
        assertThat(breaker.lines("\u4e00\n\u4e8c", 5, 5)).containsExactly("\u4e00", "\u4e8c");
    }
}
