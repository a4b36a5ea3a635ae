package cn.bizhao.ui.catalog;

import cn.bizhao.domain.catalog.CatalogText;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.i18n.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** 比照目录: the current catalogue, filtered by region, project or occupation as one types. */
public final class CatalogViewModel {
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<CatalogRow> rows;
    private final String heading;

    public CatalogViewModel(CatalogVersion catalog, Messages messages) {
        Messages official = Messages.chinese();
        ObservableList<CatalogRow> all = FXCollections.observableArrayList(catalog.entries().stream()
                .map(e -> new CatalogRow(e.number(), e.region(), e.overseasProject(), e.overseasLevel(),
                        e.occupation(), official.of(e.level())))
                .toList());
        this.rows = new FilteredList<>(all, row -> true);
        this.heading = messages.get("catalog.heading", catalog.version(), catalog.publishedOn().toString(), all.size());
        filter.addListener((obs, old, now) -> {
            String text = CatalogText.normalize(now);
            rows.setPredicate(row -> text.isEmpty() || row.contains(text));
        });
    }

    public ObservableList<CatalogRow> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public String heading() {
        return heading;
    }
}
