package cn.bizhao.bench;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.identity.TestNumbers;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.persistence.application.ApplicationRow;
import cn.bizhao.service.Services;
import cn.bizhao.service.application.ApplicationQuery;
import cn.bizhao.service.application.SearchResult;
import cn.bizhao.testing.AcceptedApplications;
import cn.bizhao.testing.IntakeFixtures;
import cn.bizhao.testing.TestStation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures 申请查询 on a station holding many applications (default 5000, {@code -Dbench.applications=N}):
 * the median time of each kind of search the window makes, the newest 200 listed and all counted. The
 * rows are written through the mapper in one transaction (the counter's services would take minutes),
 * accepted over two years, one in ten still a draft. Prints figures; asserts nothing.
 *
 * <pre>
 * mvn -q -o -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Dlogback.configurationFile=bench-logback.xml -cp %classpath cn.bizhao.bench.SearchBenchmark"
 * </pre>
 */
public final class SearchBenchmark {
    private static final int RUNS = 15;
    private static final String[][] CERTIFICATES = {
        {"越南", "电工", "四级"}, {"缅甸", "焊工", "三级"}, {"台湾地区", "中餐烹调技术士", "丙级"}, {"越南", "餐厅服务", "三级"}};
    private static final String[] SURNAMES = {"阮", "陈", "林", "黄", "黎", "韦", "梁", "李", "王", "张"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.applications", 5000);
        Path home = Files.createTempDirectory("bizhao-bench-search");
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            long started = System.nanoTime();
            String someNumber = fill(services, count);
            System.out.printf("%d applications written in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
            Map<String, ApplicationQuery> searches = new LinkedHashMap<>();
            ApplicationQuery newest = ApplicationQuery.newest(200);
            searches.put("newest 200, all counted", newest);
            searches.put("name part", newest.withName("阮"));
            searches.put("acceptance number part", newest.withAcceptanceNo("-2024-001"));
            searches.put("whole document number", newest.withDocumentNumber(someNumber));
            searches.put("certificate number part", newest.withCertificateNo("VN-77"));
            searches.put("status", newest.withStatus(ApplicationStatus.IN_REVIEW));
            searches.put("occupation and one month", newest.withOccupation("电工")
                    .acceptedBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
            for (Map.Entry<String, ApplicationQuery> search : searches.entrySet()) {
                long[] millis = new long[RUNS];
                SearchResult result = null;
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    result = services.applications().search(admin, search.getValue());
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                System.out.printf("%-26s median %4d ms, slowest %4d ms (%d listed of %d)%n", search.getKey(),
                        millis[RUNS / 2], millis[RUNS - 1], result.applications().size(), result.total());
            }
        }
    }

    /** Writes the applications; returns the document number of one of them. */
    static String fill(Services services, int count) {
        TestNumbers numbers = TestNumbers.seeded();
        Instant first = AcceptedApplications.at("2024-01-02T09:00");
        String[] someNumber = new String[1];
        ((Database) services.resources()).transactions().run(uow -> {
            ApplicationMapper applications = uow.mapper(ApplicationMapper.class);
            for (int i = 0; i < count; i++) {
                String[] certificate = CERTIFICATES[i % CERTIFICATES.length];
                Applicant base = IntakeFixtures.employeeNamed(SURNAMES[i % SURNAMES.length] + "测试" + i);
                Applicant applicant = new Applicant(base.name(), base.gender(), base.nationality(), base.education(),
                        base.schoolAndMajor(), base.idType(), numbers.residentId(), base.employer(),
                        base.employerCreditCode(), base.address(), base.phone(), base.currentOccupation(),
                        base.yearsInOccupation(), base.category(), base.foreignNational());
                Instant at = first.plus(i * 730L * 24 * 60 / count, ChronoUnit.MINUTES);
                ApplicationRow row = new ApplicationRow();
                row.status = ApplicationStatus.DRAFT;
                row.category = applicant.category();
                row.clerk = TestStation.ADMIN;
                row.createdAt = at;
                row.updatedAt = at;
                applications.insert(row);
                row.setForm(applicant, new OverseasCertificate(certificate[1] + "证书", certificate[1], certificate[2],
                        certificate[0] + " 示例机构", "VN-" + i, null));
                applications.updateForm(row);
                applications.updateCatalogMapping(row.id, "2024", entry(certificate), at);
                if (i % 10 != 0) {
                    applications.accept(row.id, String.format("TEST45-%d-%05d", at.atZone(AcceptedApplications.CHINA)
                            .getYear(), i), at);
                    if (i % 3 == 0) {
                        applications.updateStatus(row.id, ApplicationStatus.ACCEPTED, ApplicationStatus.IN_REVIEW, at);
                    }
                }
                someNumber[0] = applicant.idNumber();
            }
        });
        return someNumber[0];
    }

    /** The catalogue row (2024 edition) of the certificate. */
    private static int entry(String[] certificate) {
        return switch (certificate[1] + certificate[2]) {
            case "电工四级" -> 29;
            case "焊工三级" -> 28;
            case "中餐烹调技术士丙级" -> 9;
            default -> 32;
        };
    }
}
