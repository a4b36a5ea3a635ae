package cn.bizhao.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines for a width. Chinese breaks between any two characters, Latin
 * words and numbers (an ID or certificate number) stay whole unless longer than a line, and the
 * usual rules of Chinese typesetting hold: no line starts with a closing mark such as ， or ）
 * and none ends with an opening mark such as （.
 */
final class LineBreaker {
    private static final String NO_BREAK_BEFORE = "\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u300d\u300f\u201d\u2019%,.;:?!)]}\u2026\u00b7\u2014\u3001";
    private static final String NO_BREAK_AFTER = "\uff08\u300a\u300c\u300e\u201c\u2018([{";

    private final ToDoubleFunction<String> measure;

    /** @param measure the width of a text, in the same unit as the widths given to {@link #lines} */
    LineBreaker(ToDoubleFunction<String> measure) {
        this.measure = measure;
    }

    /** The lines of a text: the first line is {@code firstWidth} wide, the others {@code width}. */
    List<String> lines(String text, double firstWidth, double width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            fill(tokens(hardLine), lines.isEmpty() ? firstWidth : width, width, lines);
        }
        return lines;
    }

    /**
     * The same number of lines as {@link #lines}, but with their lengths evened out, as centred
     * labels are set by hand (从事现职业 / 及工作年限, not 从事现职业及工作 / 年限).
     */
    List<String> balancedLines(String text, double width) {
        List<String> greedy = lines(text, width, width);
        if (greedy.size() < 2 || text.contains("\n")) {
            return greedy;
        }
        double low = 0;
        double high = width;
        List<String> best = greedy;
        for (int i = 0; i < 12; i++) {
            double middle = (low + high) / 2;
            List<String> trial = lines(text, middle, middle);
            if (trial.size() == greedy.size() && fits(trial, middle)) {
                best = trial;
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    boolean fits(List<String> lines, double width) {
        return lines.stream().allMatch(line -> measure.applyAsDouble(line) <= width + 1e-6);
    }

    private void fill(List<String> tokens, double firstWidth, double width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double limit = firstWidth;
        for (String token : tokens) {
            String candidate = line + token;
            if (measure.applyAsDouble(candidate.stripTrailing()) <= limit || line.toString().isBlank()) {
                line.append(line.toString().isBlank() ? token.stripLeading() : token);
                if (measure.applyAsDouble(line.toString().stripTrailing()) > limit) {
                    limit = splitOverlong(line, limit, width, lines);
                }
                continue;
            }
            lines.add(line.toString().stripTrailing());
            limit = width;
            line.setLength(0);
            line.append(token.stripLeading());
            if (measure.applyAsDouble(line.toString()) > limit) {
                limit = splitOverlong(line, limit, width, lines);
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** A token longer than a whole line (a long number or URL) is cut where the line ends. */
    private double splitOverlong(StringBuilder line, double limit, double width, List<String> lines) {
        double current = limit;
        while (measure.applyAsDouble(line.toString()) > current && line.length() > 1) {
            int cut = 1;
            while (cut < line.length() && measure.applyAsDouble(line.substring(0, cut + 1)) <= current) {
                cut++;
            }
            if (Character.isHighSurrogate(line.charAt(cut - 1))) {
                cut++;
            }
            lines.add(line.substring(0, cut));
            line.delete(0, cut);
            current = width;
        }
        return current;
    }

    /** Words, spaces and single characters, with closing marks glued to the token before them. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < text.length() && isWordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            add(tokens, text.substring(i, end));
            i = end;
        }
        return glueOpeningMarks(tokens);
    }

    private static void add(List<String> tokens, String token) {
        boolean closing = NO_BREAK_BEFORE.indexOf(token.charAt(0)) >= 0;
        if (closing && !tokens.isEmpty()) {
            int last = tokens.size() - 1;
            tokens.set(last, tokens.get(last) + token);
        } else {
            tokens.add(token);
        }
    }

    private static List<String> glueOpeningMarks(List<String> tokens) {
        List<String> glued = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String token : tokens) {
            boolean opening = token.length() == 1 && NO_BREAK_AFTER.indexOf(token.charAt(0)) >= 0;
            pending.append(token);
            if (!opening) {
                glued.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (pending.length() > 0) {
            glued.add(pending.toString());
        }
        return glued;
    }

    /** Latin letters, digits and the punctuation inside numbers and addresses ("No.3-5", "E1234"). */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) || "-./@_#&+'".indexOf(cp) >= 0;
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
