package cn.bizhao.documents.pdf;

/** What a cell holds, top to bottom: paragraphs of text and flexible space between them. */
public sealed interface Block permits Paragraph, Spacer {
}
