package cn.bizhao.domain.receipt;

import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import java.util.Objects;

/** One line of the receipt: a material received and how many pages of it. */
public record ReceivedMaterial(MaterialKind kind, int pages) {
    public ReceivedMaterial {
        Objects.requireNonNull(kind, "kind");
        if (pages < 1) {
            throw new IllegalArgumentException("a received material has at least one page: " + pages);
        }
    }

    public static ReceivedMaterial of(Material material) {
        return new ReceivedMaterial(material.kind(), material.pages().size());
    }
}
