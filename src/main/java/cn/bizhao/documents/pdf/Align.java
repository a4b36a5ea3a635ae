package cn.bizhao.documents.pdf;

/** Horizontal alignment of a paragraph inside its cell. */
public enum Align {
    LEFT, CENTER, RIGHT
}
