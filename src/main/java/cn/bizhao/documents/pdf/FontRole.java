package cn.bizhao.documents.pdf;

/** The two faces of an official Chinese form: 宋体 for the body, 黑体 for titles and headings. */
public enum FontRole {
    SONG, HEI
}
