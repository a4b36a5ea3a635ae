package cn.bizhao.documents.pdf;

/** Vertical placement of a cell's text when the cell has no spacer to take the extra height. */
public enum VAlign {
    TOP, MIDDLE
}
