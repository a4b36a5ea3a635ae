package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.IntakeItem;
import java.util.EnumSet;
import java.util.Set;

/** The five steps of the intake wizard, in the order of the progress rail. */
public enum IntakeStep {
    APPLICANT(EnumSet.range(IntakeItem.NAME, IntakeItem.YEARS_IN_OCCUPATION)),
    PHOTO(EnumSet.of(IntakeItem.PHOTO)),
    CERTIFICATE(EnumSet.range(IntakeItem.CERTIFICATE_NAME, IntakeItem.CATALOG_COMPARISON)),
    MATERIALS(EnumSet.noneOf(IntakeItem.class)),
    REVIEW(EnumSet.of(IntakeItem.PLEDGE));

    private final Set<IntakeItem> items;

    IntakeStep(Set<IntakeItem> items) {
        this.items = items;
    }

    /** The step where an item of the checklist is filled in. */
    public static IntakeStep of(IntakeItem item) {
        for (IntakeStep step : values()) {
            if (step.items.contains(item)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no step for " + item);
    }

    public String titleKey() {
        return "intake.step." + name();
    }

    public IntakeStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public IntakeStep previous() {
        return this == APPLICANT ? APPLICANT : values()[ordinal() - 1];
    }
}
