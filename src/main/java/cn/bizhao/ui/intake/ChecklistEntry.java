package cn.bizhao.ui.intake;

/** One missing item of the live checklist, and the step where it is filled in. */
public record ChecklistEntry(String text, IntakeStep step) {
}
