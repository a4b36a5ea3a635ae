package cn.bizhao.documents.pdf;

import cn.bizhao.documents.DocumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the text of a cell inside its border: paragraphs wrap to the cell's width, and when they
 * would be taller than the cell, all of its text shrinks step by step, down to a size still
 * legible on paper. Text that does not fit even then is refused: a form that silently loses the
 * end of an address is worse than one that asks for a shorter one.
 */
final class CellTypesetter {
    static final double PADDING_X = 1.2;
    static final double PADDING_Y = 0.8;
    static final float MIN_SIZE = 5f;
    static final float LEADING = 1.25f;
    private static final float STEP = 0.96f;
    /** Where the baseline sits in a line box, in ems from its top: CJK glyphs centred in the box. */
    private static final double BASELINE_IN_LINE = LEADING / 2 + 0.38;

    private final PdfFonts fonts;

    CellTypesetter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    List<SetLine> set(Cell cell) {
        Rect inner = cell.rect().inset(PADDING_X, PADDING_Y);
        for (float scale = 1f; smallestSize(cell) * scale >= MIN_SIZE - 1e-3; scale *= STEP) {
            List<List<String>> broken = breakAll(cell, inner, scale);
            if (broken != null && height(cell, broken, scale) <= inner.height() + 1e-6) {
                return place(cell, inner, broken, scale);
            }
        }
        throw new DocumentException("document.error.textTooLong", excerpt(cell));
    }

    private static float smallestSize(Cell cell) {
        return (float) paragraphs(cell).stream().mapToDouble(Paragraph::size).min().orElse(MIN_SIZE);
    }

    /** The lines of every paragraph at a scale, or null when a single character is wider than the cell. */
    private List<List<String>> breakAll(Cell cell, Rect inner, float scale) {
        List<List<String>> all = new ArrayList<>();
        for (Paragraph p : paragraphs(cell)) {
            float size = p.size() * scale;
            LineBreaker breaker = new LineBreaker(text -> Rect.toMm(fonts.width(text, p.role()) * size));
            double width = inner.width() * (1 - p.indent());
            double firstWidth = width - Rect.toMm(p.firstLineIndentEm() * size);
            List<String> lines = p.align() == Align.CENTER && p.firstLineIndentEm() == 0
                    ? breaker.balancedLines(p.text(), width)
                    : breaker.lines(p.text(), firstWidth, width);
            if (!breaker.fits(lines.subList(1, lines.size()), width) || !breaker.fits(lines.subList(0, 1), firstWidth)) {
                return null;
            }
            all.add(lines);
        }
        return all;
    }

    private static double height(Cell cell, List<List<String>> broken, float scale) {
        double height = 0;
        List<Paragraph> paragraphs = paragraphs(cell);
        for (int i = 0; i < paragraphs.size(); i++) {
            height += broken.get(i).size() * lineHeight(paragraphs.get(i).size() * scale);
        }
        return height;
    }

    private List<SetLine> place(Cell cell, Rect inner, List<List<String>> broken, float scale) {
        double extra = inner.height() - height(cell, broken, scale);
        double weights = cell.blocks().stream().filter(Spacer.class::isInstance)
                .mapToDouble(b -> ((Spacer) b).weight()).sum();
        double y = inner.y() + (weights == 0 && cell.valign() == VAlign.MIDDLE ? extra / 2 : 0);
        List<SetLine> set = new ArrayList<>();
        int paragraphIndex = 0;
        for (Block block : cell.blocks()) {
            if (block instanceof Spacer spacer) {
                y += extra * spacer.weight() / weights;
                continue;
            }
            Paragraph p = (Paragraph) block;
            float size = p.size() * scale;
            List<String> lines = broken.get(paragraphIndex++);
            for (int i = 0; i < lines.size(); i++) {
                double firstIndent = i == 0 ? Rect.toMm(p.firstLineIndentEm() * size) : 0;
                double x = lineX(p, inner, lines.get(i), size, firstIndent);
                set.add(new SetLine(lines.get(i), p.role(), size, x, y + Rect.toMm(BASELINE_IN_LINE * size)));
                y += lineHeight(size);
            }
        }
        return set;
    }

    private double lineX(Paragraph p, Rect inner, String line, float size, double firstIndent) {
        double start = inner.x() + inner.width() * p.indent() + firstIndent;
        double free = inner.right() - start - Rect.toMm(fonts.width(line, p.role()) * size);
        return switch (p.align()) {
            case LEFT -> start;
            case CENTER -> start + free / 2;
            case RIGHT -> start + free;
        };
    }

    private static double lineHeight(float size) {
        return Rect.toMm(size * LEADING);
    }

    private static List<Paragraph> paragraphs(Cell cell) {
        return cell.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    private static String excerpt(Cell cell) {
        String text = paragraphs(cell).stream().map(Paragraph::text).reduce("", String::concat);
        return text.codePointCount(0, text.length()) <= 12 ? text : text.substring(0, text.offsetByCodePoints(0, 12));
    }
}
