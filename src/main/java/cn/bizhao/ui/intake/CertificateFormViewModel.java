package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.CatalogMatch;
import cn.bizhao.domain.catalog.CatalogMatcher;
import cn.bizhao.domain.catalog.CatalogVersion;
import cn.bizhao.domain.catalog.OverseasLevel;
import cn.bizhao.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 境外职业技能证书信息 as typed, and its comparison with the catalogue in force: region, project
 * and level chosen from the catalogue, each list narrowed by the one before. The mapped
 * occupation and level only ever come from the catalogue row.
 */
public final class CertificateFormViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty project = new SimpleStringProperty("");
    private final StringProperty level = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty();
    private final StringProperty catalogProject = new SimpleStringProperty();
    private final StringProperty catalogLevel = new SimpleStringProperty();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> projects = FXCollections.observableArrayList();
    private final ObservableList<String> levels = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogMatch> match = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper mapped = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper outsideCatalogue = new ReadOnlyBooleanWrapper(false);
    private final CatalogVersion catalog;
    private final CatalogMatcher matcher;
    private final Messages messages;
    private final Consumer<Comparison> compare;
    private boolean loading;
    private final Map<StringProperty, String> filled = new HashMap<>();

    /**
     * @param changed told after every change of a typed field, for the autosave
     * @param compare asked to compare (and store) the region, project and level chosen
     */
    public CertificateFormViewModel(CatalogVersion catalog, Messages messages, Runnable changed,
                                    Consumer<Comparison> compare) {
        this.catalog = catalog;
        this.matcher = new CatalogMatcher(catalog);
        this.messages = messages;
        this.compare = compare;
        regions.setAll(matcher.regions());
        for (ObservableValue<?> field : List.of(name, project, level, issuer, number)) {
            field.addListener(obs -> {
                if (!loading) {
                    changed.run();
                }
            });
        }
        region.addListener((obs, old, now) -> cascade(() -> {
            projects.setAll(known(regions, now) ? matcher.projects(now) : List.of());
            catalogProject.set(null);
            catalogLevel.set(null);
        }));
        catalogProject.addListener((obs, old, now) -> cascade(() -> {
            levels.setAll(known(projects, now) ? matcher.levels(region.get(), now) : List.of());
            catalogLevel.set(levels.size() == 1 ? levels.get(0) : null);
        }));
        catalogLevel.addListener((obs, old, now) -> cascade(() -> { }));
        match.addListener((obs, old, now) -> describe(now));
    }

    /** Updates the lists below the choice made, then compares once there is something to compare. */
    private void cascade(Runnable narrowBelow) {
        if (loading) {
            return;
        }
        loading = true;
        try {
            narrowBelow.run();
        } finally {
            loading = false;
        }
        compareChoice();
    }

    private void compareChoice() {
        boolean unknownRegion = !blank(region.get()) && !known(regions, region.get());
        boolean unknownProject = !blank(catalogProject.get()) && !known(projects, catalogProject.get());
        boolean complete = !blank(catalogLevel.get());
        if (unknownRegion || unknownProject || complete) {
            compare.accept(new Comparison(region.get(), catalogProject.get(), catalogLevel.get(), true));
        } else {
            match.set(null);
            compare.accept(new Comparison(region.get(), catalogProject.get(), catalogLevel.get(), false));
        }
    }

    /** The outcome of a comparison the service made. */
    public void compared(CatalogMatch outcome) {
        match.set(outcome);
    }

    private void describe(CatalogMatch outcome) {
        if (outcome instanceof CatalogMatch.Matched m) {
            CatalogEntry e = m.entry();
            if (!loading) {
                fillFrom(e);
            }
            mapped.set(messages.get("intake.certificate.mapped", e.occupation(), Messages.chinese().of(e.level()),
                    e.number(), catalog.version()));
            refusal.set("");
            outsideCatalogue.set(false);
        } else if (outcome instanceof CatalogMatch.NotInCatalog n) {
            mapped.set("");
            refusal.set(messages.get("notInCatalogReason." + n.reason().name(), n.given(),
                    String.join(messages.get("cli.listSeparator"), n.available())));
            outsideCatalogue.set(true);
        } else {
            mapped.set("");
            refusal.set("");
            outsideCatalogue.set(false);
        }
    }

    /**
     * Nothing typed twice: the catalogue row chosen gives the certificate's project, level and issuing
     * country, in the fields still empty or still holding what an earlier row gave; what the clerk
     * typed there is kept. The certificate's own name and number are the clerk's to type.
     */
    private void fillFrom(CatalogEntry entry) {
        fill(project, entry.overseasProject());
        fill(level, OverseasLevel.isNone(entry.overseasLevel()) ? null : entry.overseasLevel());
        fill(issuer, entry.region());
    }

    private void fill(StringProperty field, String value) {
        String now = field.get();
        if (value != null && (blank(now) || now.equals(filled.get(field)))) {
            filled.put(field, value);
            field.set(value);
        }
    }

    /** The certificate as typed, with the stored mapping (the comparison is stored by the service). */
    public OverseasCertificate certificate(CatalogMapping storedMapping) {
        return new OverseasCertificate(value(name), value(project), value(level), value(issuer), value(number),
                storedMapping);
    }

    /** Shows a stored certificate and its catalogue row without counting it as a change. */
    public void load(OverseasCertificate c) {
        loading = true;
        try {
            name.set(text(c.name()));
            project.set(text(c.project()));
            level.set(text(c.level()));
            issuer.set(text(c.issuingCountryAndBody()));
            number.set(text(c.number()));
            CatalogMapping mapping = c.catalogMapping();
            CatalogEntry entry = mapping == null ? null : mapping.entry();
            region.set(entry == null ? null : entry.region());
            projects.setAll(entry == null ? List.of() : matcher.projects(entry.region()));
            catalogProject.set(entry == null ? null : entry.overseasProject());
            levels.setAll(entry == null ? List.of() : matcher.levels(entry.region(), entry.overseasProject()));
            catalogLevel.set(entry == null ? null : entry.overseasLevel());
            match.set(entry == null ? null : new CatalogMatch.Matched(entry));
        } finally {
            loading = false;
        }
    }

    private static boolean known(List<String> options, String value) {
        return value != null && options.contains(value);
    }

    private static String value(StringProperty field) {
        return blank(field.get()) ? null : field.get();
    }

    private static String text(String stored) {
        return stored == null ? "" : stored;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty projectProperty() {
        return project;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty catalogProjectProperty() {
        return catalogProject;
    }

    public StringProperty catalogLevelProperty() {
        return catalogLevel;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> projects() {
        return projects;
    }

    public ObservableList<String> levels() {
        return levels;
    }

    public ObjectProperty<CatalogMatch> matchProperty() {
        return match;
    }

    /** 比照认定职业（工种）及等级 with the catalogue row and version, once matched. */
    public ReadOnlyStringProperty mappedProperty() {
        return mapped.getReadOnlyProperty();
    }

    /** Why the certificate is not in the catalogue, with what the catalogue does list. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty outsideCatalogueProperty() {
        return outsideCatalogue.getReadOnlyProperty();
    }

    public String catalogueText() {
        return messages.get("intake.certificate.catalogue", catalog.version(), catalog.publishedOn().toString(),
                catalog.entries().size());
    }

    /**
     * A comparison to make.
     *
     * @param show whether the outcome is for the screen; otherwise the comparison only clears a
     *             stored mapping that no longer fits the choice
     */
    public record Comparison(String region, String project, String level, boolean show) {
    }
}
