package cn.bizhao.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves of issue 13 and the rule that no status but the final ones is a dead end. */
class StatusMachineTest {
    private static final Set<ApplicationStatus> FINAL = EnumSet.of(ApplicationStatus.REJECTED,
            ApplicationStatus.WITHDRAWN, ApplicationStatus.REVOKED);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "RETURNED, RESUME_REVIEW, IN_REVIEW",
            "DEPT_RETURNED, SUBMIT, SUBMITTED",
            "APPROVED, SUBMIT, SUBMITTED",
            "SUBMITTED, DEPT_APPROVE, DEPT_APPROVED",
            "SUBMITTED, DEPT_RETURN, DEPT_RETURNED",
            "DEPT_APPROVED, RECORD_CERTIFICATE, CERTIFIED",
            "CERTIFIED, REVOKE, REVOKED",
            "RETURNED, WITHDRAW, WITHDRAWN",
            "DEPT_RETURNED, WITHDRAW, WITHDRAWN"})
    void hasTheMove(ApplicationStatus from, StatusAction action, ApplicationStatus to) {
        assertThat(StatusMachine.apply(from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationStatus.class)
    void everyStatusButTheFinalOnesHasAWayForwardOtherThanWithdrawal(ApplicationStatus status) {
        Set<StatusAction> forward = Arrays.stream(StatusAction.values()).filter(a -> a != StatusAction.WITHDRAW)
                .filter(a -> StatusMachine.next(status, a).isPresent()).collect(Collectors.toSet());

        assertThat(forward.isEmpty()).as("%s has no way forward", status).isEqualTo(FINAL.contains(status));
        assertThat(StatusMachine.isFinal(status)).isEqualTo(FINAL.contains(status));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationStatus.class)
    void nothingLeavesAFinalStatus(ApplicationStatus status) {
        if (FINAL.contains(status)) {
            assertThat(StatusAction.values()).noneMatch(a -> StatusMachine.next(status, a).isPresent());
        }
    }

    @Test
    void aRevokedCertificateCannotBeRevokedAgainNorWithdrawn() {
        assertThatThrownBy(() -> StatusMachine.apply(ApplicationStatus.REVOKED, StatusAction.REVOKE))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(ApplicationStatus.REVOKED.isOpen()).isFalse();
        assertThat(ApplicationStatus.CERTIFIED.isOpen()).isFalse();
    }

    @Test
    void onlyTheTwoReturnsAwaitCorrection() {
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::awaitsCorrection))
                .containsExactlyInAnyOrder(ApplicationStatus.RETURNED, ApplicationStatus.DEPT_RETURNED);
    }
}
