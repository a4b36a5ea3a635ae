package cn.bizhao.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.StationTime;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.audit.AuditRow;
import cn.bizhao.ui.audit.AuditViewModel;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter PC set to the wrong zone (or whose zone is changed between two days' work) shows and keeps
 * the same moments as the services, in the station's zone.
 */
class StationTimeZoneTest {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final TimeZone before = TimeZone.getDefault();

    @TempDir
    Path home;

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(before);
    }

    @Test
    void momentsWrittenUnderOneComputerZoneReadTheSameUnderAnother() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        List<AuditRecord> written;
        Instant acceptedAt;
        long id;
        try (Services services = TestStation.withAdministrator(home)) {
            Application accepted = ReviewFixtures.asAdministrator(services).accepted();
            id = accepted.id();
            acceptedAt = services.intake().find(id).acceptedAt();
            written = services.audit().all();
        }

        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try (Services services = TestStation.open(home)) {
            assertThat(services.audit().all()).isEqualTo(written);
            assertThat(services.intake().find(id).acceptedAt()).isEqualTo(acceptedAt);
            assertThat(services.audit().check().intact()).isTrue();
        }
    }

    @Test
    void theAuditScreenShowsTimesInTheStationsZoneWhateverTheComputersZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            AuditViewModel screen = new AuditViewModel(admin, services.audit(), null, TaskRunner.direct(),
                    Messages.chinese());
            screen.load();

            List<AuditRecord> records = services.audit().all();
            assertThat(services.audit().zone()).isEqualTo(StationTime.ZONE);
            assertThat(screen.fromProperty().get()).isEqualTo(services.audit().today().minusDays(30));
            assertThat(screen.rows()).extracting(AuditRow::time).containsExactlyElementsOf(records.stream()
                    .map(r -> SHOWN.format(r.entry().recordedAt().atZone(StationTime.ZONE))).toList());
        }
    }
}
