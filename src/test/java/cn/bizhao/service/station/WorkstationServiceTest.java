package cn.bizhao.service.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.station.Workstation;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import cn.bizhao.service.account.LoginFailedException;
import cn.bizhao.testing.TestStation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each data home is one station: its identity stays in the data home, it is registered on every start
 * and sign-in, the administrator disables another station (audited), and a disabled station signs
 * nobody in. A second station on the same data is played by giving the data home another identity.
 */
class WorkstationServiceTest {
    @TempDir
    Path home;

    private User admin(Services services) {
        return services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
    }

    @Test
    void theStationNamedAtTheFirstStartIsKeptInTheDataHomeAndRegistered() throws IOException {
        try (Services services = TestStation.withAdministrator(home)) {
            List<Workstation> stations = services.workstations().all(admin(services));

            assertThat(stations).extracting(Workstation::name).containsExactly("测试窗口");
            assertThat(stations.get(0).stationId()).isEqualTo(services.workstations().id());
            assertThat(stations.get(0).programVersion()).isNotBlank();
            assertThat(stations.get(0).disabled()).isFalse();
            assertThat(services.station().info().orElseThrow().stationName()).isEqualTo("测试窗口");
        }
        assertThat(Files.readString(home.resolve("workstation.properties"), StandardCharsets.UTF_8))
                .contains("station.id=");
    }

    @Test
    void everyAuditRecordNamesTheStationItCameFrom() {
        try (Services services = TestStation.withAdministrator(home)) {
            admin(services);

            List<AuditRecord> logins = services.audit().all().stream()
                    .filter(r -> r.entry().action() == AuditAction.LOGIN).toList();
            assertThat(logins).isNotEmpty().allSatisfy(r -> assertThat(r.entry().station()).isEqualTo("测试窗口"));
        }
    }

    @Test
    void aDisabledStationSignsNobodyInAndItsDisablingIsAudited() throws IOException {
        String first;
        try (Services services = TestStation.withAdministrator(home)) {
            first = services.workstations().id();
        }
        Path identity = home.resolve("workstation.properties");
        String firstIdentity = Files.readString(identity, StandardCharsets.UTF_8);
        Files.writeString(identity, "station.id=0b7c1f3e-2f57-4a8e-9d0e-1a2b3c4d5e6f\nstation.name=窗口二\n",
                StandardCharsets.UTF_8);
        try (Services second = TestStation.open(home)) {
            User admin = admin(second);
            assertThat(second.workstations().all(admin)).extracting(Workstation::name)
                    .containsExactlyInAnyOrder("测试窗口", "窗口二");

            second.workstations().setDisabled(admin, first, true);

            assertThat(second.workstations().all(admin)).filteredOn(w -> w.stationId().equals(first))
                    .singleElement().satisfies(w -> {
                        assertThat(w.disabled()).isTrue();
                        assertThat(w.disabledBy()).isEqualTo(TestStation.ADMIN);
                    });
            assertThat(second.audit().all()).filteredOn(r -> r.entry().action() == AuditAction.SETTINGS_CHANGED)
                    .extracting(r -> r.entry().station() + ": " + r.entry().detail())
                    .contains("窗口二: workstation 测试窗口 disabled");
        }
        Files.writeString(identity, firstIdentity, StandardCharsets.UTF_8);
        try (Services again = TestStation.open(home)) {
            assertThatThrownBy(() -> admin(again)).isInstanceOfSatisfying(LoginFailedException.class, refused -> {
                assertThat(refused.messageKey()).isEqualTo("error.login.stationDisabled");
                assertThat(refused.arguments()).containsExactly("测试窗口");
            });
            assertThat(again.audit().all()).last().satisfies(r -> {
                assertThat(r.entry().action()).isEqualTo(AuditAction.LOGIN_FAILED);
                assertThat(r.entry().station()).isEqualTo("测试窗口");
            });
        }
    }

    @Test
    void theAdministratorCannotDisableTheStationInUse() {
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = admin(services);

            assertThatThrownBy(() -> services.workstations().setDisabled(admin, services.workstations().id(), true))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.workstation.ownStation"));
        }
    }

    @Test
    void theCameraSettingStaysWithTheStation() throws IOException {
        try (Services services = TestStation.withAdministrator(home)) {
            services.capture().setCameraSetting(admin(services), "webcam");
        }
        Path identity = home.resolve("workstation.properties");
        String firstIdentity = Files.readString(identity, StandardCharsets.UTF_8);
        Files.writeString(identity, "station.id=5e0b7c1f-2f57-4a8e-9d0e-1a2b3c4d5e6f\nstation.name=窗口三\n",
                StandardCharsets.UTF_8);
        try (Services other = TestStation.open(home)) {
            assertThat(other.station().cameraSetting()).isEmpty();
            assertThat(other.station().info().orElseThrow().institutionName()).isEqualTo("测试职业技能评价中心");
        }
        Files.writeString(identity, firstIdentity, StandardCharsets.UTF_8);
        try (Services again = TestStation.open(home)) {
            assertThat(again.station().cameraSetting()).contains("webcam");
        }
    }
}
