package cn.bizhao.documents.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a page: a rectangle, its text, and whether its border is drawn. Titles and notes
 * are borderless cells, so every piece of text on a page belongs to exactly one cell; a test
 * checks that no glyph leaves its cell.
 *
 * @param id       a stable name ("form.name.value"), used by tests and to place pictures
 * @param bordered whether the rectangle is stroked
 */
public record Cell(String id, Rect rect, List<Block> blocks, VAlign valign, boolean bordered) {
    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rect, "rect");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(valign, "valign");
    }

    public boolean hasText() {
        return blocks.stream().anyMatch(Paragraph.class::isInstance);
    }
}
