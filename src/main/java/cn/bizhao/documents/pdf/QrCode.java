package cn.bizhao.documents.pdf;

import java.util.Objects;

/** A QR code of a short text, drawn as vector squares so it scans sharply at any printer resolution. */
public record QrCode(String id, Rect rect, String text) implements Graphic {
    public QrCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rect, "rect");
        Objects.requireNonNull(text, "text");
    }
}
