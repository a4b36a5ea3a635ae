package cn.bizhao.documents.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a ruled table row by row, the way the paper forms are drawn: each row has a height and
 * its cells widths, left to right. A cell spanning several rows (the photo box, the QR code) is
 * placed with {@link #span} after the narrower rows beside it.
 */
public final class GridBuilder {
    /** Labels and values of the tables: 五号 (10.5 pt), the size of official forms. */
    public static final float TEXT_SIZE = 10.5f;

    private final double left;
    private double top;
    private final List<Cell> cells = new ArrayList<>();

    public GridBuilder(double left, double top) {
        this.left = left;
        this.top = top;
    }

    public Row row(double height) {
        return new Row(height);
    }

    /** A bordered cell at a free position, for one spanning rows already built. */
    public GridBuilder span(String id, Rect rect, VAlign valign, Block... blocks) {
        cells.add(new Cell(id, rect, Arrays.asList(blocks), valign, true));
        return this;
    }

    /** A borderless cell inside another cell's frame, for a cell with parts placed apart. */
    public GridBuilder inside(String id, Rect rect, VAlign valign, Block... blocks) {
        cells.add(new Cell(id, rect, Arrays.asList(blocks), valign, false));
        return this;
    }

    /** A borderless cell below the rows so far (a note, a signature line), moving down by its height. */
    public GridBuilder free(String id, double width, double height, VAlign valign, Block... blocks) {
        cells.add(new Cell(id, new Rect(left, top, width, height), Arrays.asList(blocks), valign, false));
        top += height;
        return this;
    }

    public GridBuilder gap(double height) {
        top += height;
        return this;
    }

    /** The top of the next row. */
    public double top() {
        return top;
    }

    public double left() {
        return left;
    }

    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** One row; {@link #end} moves the builder below it. */
    public final class Row {
        private final double height;
        private double x = left;

        private Row(double height) {
            this.height = height;
        }

        /** A centred label, as the printed captions of a form. */
        public Row label(String id, double width, String text) {
            return cell(id, width, VAlign.MIDDLE, Paragraph.song(text, TEXT_SIZE, Align.CENTER));
        }

        /** A value written into the form, left aligned and wrapping. */
        public Row value(String id, double width, String text) {
            return text.isBlank() ? cell(id, width, VAlign.MIDDLE)
                    : cell(id, width, VAlign.MIDDLE, Paragraph.song(text, TEXT_SIZE, Align.LEFT));
        }

        /** A section heading across a row, in 黑体. */
        public Row heading(String id, double width, String text) {
            return cell(id, width, VAlign.MIDDLE, Paragraph.hei(text, TEXT_SIZE + 0.5f, Align.CENTER));
        }

        public Row cell(String id, double width, VAlign valign, Block... blocks) {
            cells.add(new Cell(id, new Rect(x, top, width, height), Arrays.asList(blocks), valign, true));
            x += width;
            return this;
        }

        /** The rectangle the next cell of this row would take. */
        public Rect next(double width) {
            return new Rect(x, top, width, height);
        }

        public GridBuilder end() {
            top += height;
            return GridBuilder.this;
        }
    }
}
