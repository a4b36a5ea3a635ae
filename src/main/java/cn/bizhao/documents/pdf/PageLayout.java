package cn.bizhao.documents.pdf;

import java.util.List;
import java.util.Optional;

/**
 * One A4 page as cells and graphics, before fonts: what each document builds from its domain
 * record, and what tests measure against the PDF.
 *
 * @param title the PDF document title (shown in viewers' title bars)
 */
public record PageLayout(String title, List<Cell> cells, List<Graphic> graphics) {
    public static final double A4_WIDTH_MM = 210;
    public static final double A4_HEIGHT_MM = 297;

    public PageLayout {
        cells = List.copyOf(cells);
        graphics = List.copyOf(graphics);
    }

    public Optional<Cell> cell(String id) {
        return cells.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Graphic> graphic(String id) {
        return graphics.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
