package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DuplicateApplicationRuleTest {
    private static final String PERSON = "34052419800101001X";
    private static final CatalogEntry MECHATRONICS =
            new CatalogEntry(3, "Germany", "Mechatronics (IHK)", "/", "Electrician", SkillLevel.LEVEL_4);
    private static final CatalogEntry WELDING =
            new CatalogEntry(7, "Germany", "Welding", "Level 2", "Welder", SkillLevel.LEVEL_3);

    private static Application application(long id, ApplicationStatus status, IdDocumentType type, String number,
                                           CatalogEntry entry) {
        Applicant applicant = new Applicant("Li Hua", null, null, null, null, type, number, null, null, null, null,
                null, null, ApplicantCategory.EMPLOYEE, false);
        CatalogMapping mapping = entry == null ? null : new CatalogMapping("2024", entry);
        OverseasCertificate certificate = new OverseasCertificate(null, null, null, null, null, mapping);
        return new Application(id, null, status, applicant, certificate, null, List.of(), "clerk",
                Instant.parse("2025-06-01T01:00:00Z"), null);
    }

    private static Application draft(long id, String number, CatalogEntry entry) {
        return application(id, ApplicationStatus.DRAFT, IdDocumentType.RESIDENT_ID, number, entry);
    }

    @Test
    void findsOpenApplicationOfSamePersonForSameCertificate() {
        Application stored = application(1, ApplicationStatus.IN_REVIEW, IdDocumentType.RESIDENT_ID, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored)))
                .containsExactly(stored);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "CERTIFIED", "WITHDRAWN", "REVOKED"})
    void ignoresClosedApplications(ApplicationStatus closed) {
        Application stored = application(1, closed, IdDocumentType.RESIDENT_ID, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "CERTIFIED", "WITHDRAWN", "REVOKED"},
            mode = EnumSource.Mode.EXCLUDE)
    void countsEveryOpenStatus(ApplicationStatus open) {
        Application stored = application(1, open, IdDocumentType.RESIDENT_ID, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored)))
                .containsExactly(stored);
    }

    @Test
    void matchesTheSameNumberTypedDifferently() {
        Application stored = draft(1, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, " 340524 19800101 001x", MECHATRONICS), List.of(stored)))
                .containsExactly(stored);
    }

    @Test
    void ignoresAnotherPerson() {
        Application stored = draft(1, "360426199101010071", MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored))).isEmpty();
    }

    @Test
    void ignoresTheSameNumberUnderAnotherDocumentType() {
        Application stored = application(1, ApplicationStatus.DRAFT, IdDocumentType.PASSPORT, "E12345678", MECHATRONICS);
        Application candidate = application(2, ApplicationStatus.DRAFT, IdDocumentType.TAIWAN_TRAVEL_PERMIT, "E12345678",
                MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(candidate, List.of(stored))).isEmpty();
    }

    @Test
    void ignoresAnotherCertificateOfTheSamePerson() {
        Application stored = draft(1, PERSON, WELDING);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored))).isEmpty();
    }

    @Test
    void matchesTheSameCertificateInAnotherCatalogueVersion() {
        CatalogEntry laterRow = new CatalogEntry(12, "Germany ", "Mechatronics\uFF08IHK\uFF09", "", "Electrician",
                SkillLevel.LEVEL_4);
        Application stored = draft(1, PERSON, laterRow);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, MECHATRONICS), List.of(stored)))
                .containsExactly(stored);
    }

    @Test
    void leavesOutTheCandidateItself() {
        Application candidate = draft(2, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(candidate, List.of(candidate))).isEmpty();
    }

    @Test
    void findsNothingBeforeTheCertificateIsCompared() {
        Application stored = draft(1, PERSON, MECHATRONICS);

        assertThat(DuplicateApplicationRule.openDuplicatesOf(draft(2, PERSON, null), List.of(stored))).isEmpty();
    }

    @Test
    void findsByKeyBeforeAnyApplicationExists() {
        Application stored = draft(1, PERSON, MECHATRONICS);
        ApplicationKey key = new ApplicationKey(new IdentityKey(IdDocumentType.RESIDENT_ID, PERSON.toLowerCase()),
                new CertificateKey("Germany", "Mechatronics(IHK)", null));

        assertThat(DuplicateApplicationRule.openWithKey(key, List.of(stored))).containsExactly(stored);
    }

    @Test
    void applicationWithoutNumberHasNoKey() {
        assertThat(ApplicationKey.of(draft(1, "  ", MECHATRONICS))).isEqualTo(Optional.empty());
    }

    @Test
    void certificateKeyTreatsBlankLevelAsNoLevel() {
        assertThat(new CertificateKey(" Germany", "Mechatronics (IHK)", " "))
                .isEqualTo(new CertificateKey("Germany", "Mechatronics\uFF08IHK\uFF09", "/"));
    }
}
