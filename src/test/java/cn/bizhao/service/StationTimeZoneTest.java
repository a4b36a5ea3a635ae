package cn.bizhao.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.StationTime;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.audit.AuditRow;
import cn.bizhao.ui.audit.AuditViewModel;
import cn.bizhao.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter PC set to another zone shows the same moments as the services, in the station's zone.
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
