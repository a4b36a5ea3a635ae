package cn.bizhao.domain.application;

import java.util.List;

/** One material of an application with its pages in order. */
public record Material(MaterialKind kind, List<Page> pages) {
    public Material {
        pages = List.copyOf(pages);
    }

    public boolean isSupplied() {
        return !pages.isEmpty();
    }
}
