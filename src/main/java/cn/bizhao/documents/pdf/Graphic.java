package cn.bizhao.documents.pdf;

/** Something drawn over the cells: pictures and QR codes. */
public sealed interface Graphic permits Picture, QrCode {
    String id();

    Rect rect();
}
