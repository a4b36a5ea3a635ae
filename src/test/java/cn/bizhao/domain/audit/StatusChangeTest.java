package cn.bizhao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.StatusAction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The status history read back from audit records as the program writes them. */
class StatusChangeTest {
    private static final Instant AT = Instant.parse("2025-03-05T02:00:00Z");

    private static Optional<StatusChange> read(AuditAction action, String detail) {
        return StatusChange.of(new AuditRecord(1, new AuditEntry(AT, "wang", "窗口", action, 7L, detail), "a", "b"));
    }

    @Test
    void readsTheStatusesTheActionAndTheNote() {
        assertThat(read(AuditAction.STATUS_CHANGED, "IN_REVIEW->ASSESSMENT_REQUIRED REQUIRE_ASSESSMENT 低压电气 / 照明"))
                .contains(new StatusChange(AT, "wang", ApplicationStatus.IN_REVIEW, ApplicationStatus.ASSESSMENT_REQUIRED,
                        StatusAction.REQUIRE_ASSESSMENT, "低压电气 / 照明"));
    }

    @Test
    void anAcceptanceNamesItsNumberAndItsActionIsTheStateMachinesMove() {
        assertThat(read(AuditAction.STATUS_CHANGED, "DRAFT->ACCEPTED TEST45-2025-00001"))
                .contains(new StatusChange(AT, "wang", ApplicationStatus.DRAFT, ApplicationStatus.ACCEPTED,
                        StatusAction.ACCEPT, "TEST45-2025-00001"));
    }

    @Test
    void aMoveAtTheCounterWithoutActionOrNoteIsTheStateMachinesMove() {
        assertThat(read(AuditAction.STATUS_CHANGED, "DRAFT->AWAITING_MATERIALS"))
                .contains(new StatusChange(AT, "wang", ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS,
                        StatusAction.SEND_NOTICE, ""));
    }

    @Test
    void anActionWithoutNoteLeavesTheNoteEmpty() {
        assertThat(read(AuditAction.STATUS_CHANGED, "ACCEPTED->IN_REVIEW START_REVIEW"))
                .map(StatusChange::action).contains(StatusAction.START_REVIEW);
        assertThat(read(AuditAction.STATUS_CHANGED, "ACCEPTED->IN_REVIEW START_REVIEW")).map(StatusChange::note)
                .contains("");
    }

    @Test
    void theCreationIsTheStartAsADraft() {
        assertThat(read(AuditAction.APPLICATION_CREATED, ""))
                .contains(new StatusChange(AT, "wang", null, ApplicationStatus.DRAFT, null, ""));
    }

    @Test
    void otherRecordsAreNoStep() {
        assertThat(read(AuditAction.FULL_NUMBER_SHOWN, "idNumber")).isEmpty();
        assertThat(read(AuditAction.APPLICATION_EDITED, "DRAFT->ACCEPTED")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ACCEPTED", "ACCEPTED->FINISHED", "OPEN->ACCEPTED x", "accepted->in_review"})
    void aDetailOfAnotherShapeIsNoStep(String detail) {
        assertThat(read(AuditAction.STATUS_CHANGED, detail)).isEmpty();
    }
}
