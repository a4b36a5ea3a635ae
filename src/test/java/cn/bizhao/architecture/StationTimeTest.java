package cn.bizhao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * One time zone, the station's: nothing in the program reads the computer's zone or clock of its own;
 * time comes from the station's clock (Asia/Shanghai) the composition root hands to the services.
 */
@AnalyzeClasses(packages = "cn.bizhao", importOptions = ImportOption.DoNotIncludeTests.class)
class StationTimeTest {

    @ArchTest
    static final ArchRule nothingReadsTheComputersZone = noClasses()
            .should().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(TimeZone.class, "getDefault")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Calendar.class, "getInstance")
            .because("screens and services show and count time in the station's zone (STYLE.md, Time)");

    @ArchTest
    static final ArchRule nothingAsksTheTimeWithoutTheStationsClock = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .because("\"today\" is the station's today, from the clock the services hold");
}
