package cn.bizhao.documents.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A stretch of a line set in one font. */
record Run(String text, PDFont font) {
}
