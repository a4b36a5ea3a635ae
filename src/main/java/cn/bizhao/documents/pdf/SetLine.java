package cn.bizhao.documents.pdf;

/**
 * A line of text with its final place: x and baseline in millimetres from the page's top-left
 * corner, size in points.
 */
record SetLine(String text, FontRole role, float size, double x, double baseline) {
}
