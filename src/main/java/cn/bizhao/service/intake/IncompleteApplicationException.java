package cn.bizhao.service.intake;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.IntakeChecklist;

/** Acceptance refused because the checklist still has items: the screen lists them. */
public final class IncompleteApplicationException extends DomainException {
    private final transient IntakeChecklist checklist;

    public IncompleteApplicationException(IntakeChecklist checklist) {
        super("error.intake.incomplete", checklist.missingItems().size() + checklist.missingMaterials().size());
        this.checklist = checklist;
    }

    public IntakeChecklist checklist() {
        return checklist;
    }
}
