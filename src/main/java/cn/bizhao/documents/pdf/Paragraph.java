package cn.bizhao.documents.pdf;

import java.util.Objects;

/**
 * A paragraph of a cell.
 *
 * @param text             the text; "\n" forces a new line
 * @param role             the face it is set in
 * @param size             its nominal size in points; a cell shrinks it when the text would not fit
 * @param align            horizontal alignment within the space right of {@code indent}
 * @param indent           where the paragraph starts, as a fraction of the cell's inner width, so
 *                         that signature and date lines of all opinion cells line up
 * @param firstLineIndentEm indent of the first line in ems (2 for a Chinese body paragraph)
 */
public record Paragraph(String text, FontRole role, float size, Align align, double indent,
                        int firstLineIndentEm) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(align, "align");
        if (indent < 0 || indent >= 1) {
            throw new IllegalArgumentException("indent is a fraction of the width: " + indent);
        }
    }

    public static Paragraph song(String text, float size, Align align) {
        return new Paragraph(text, FontRole.SONG, size, align, 0, 0);
    }

    public static Paragraph hei(String text, float size, Align align) {
        return new Paragraph(text, FontRole.HEI, size, align, 0, 0);
    }

    /** A body paragraph: left aligned, first line indented by two characters. */
    public static Paragraph body(String text, float size) {
        return new Paragraph(text, FontRole.SONG, size, Align.LEFT, 0, 2);
    }

    /** A line starting at a fixed fraction of the cell width (signature and date lines). */
    public static Paragraph at(double indent, String text, float size) {
        return new Paragraph(text, FontRole.SONG, size, Align.LEFT, indent, 0);
    }

    public Paragraph withSize(float newSize) {
        return new Paragraph(text, role, newSize, align, indent, firstLineIndentEm);
    }
}
