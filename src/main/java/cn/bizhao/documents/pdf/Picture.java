package cn.bizhao.documents.pdf;

import java.util.Objects;

/**
 * A JPEG or PNG image drawn at an exact size on the page: the applicant's photo (JPEG, kept as
 * is) or a seal (PNG, its transparency kept so the text under it shows through).
 *
 * @param id    a stable name, used by tests
 * @param rect  where the image goes; it is scaled to cover the rectangle and clipped to it
 * @param bytes the encoded image
 */
public record Picture(String id, Rect rect, byte[] bytes) implements Graphic {
    public Picture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rect, "rect");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
