package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.packaging.ZipSurgery;
import cn.bizhao.service.Services;
import cn.bizhao.service.StationOpener;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** bizhao export, verify, import and keys on real stations in temporary data homes. */
class PackagesCliTest {
    @TempDir
    Path counterHome;
    @TempDir
    Path reviewerHome;
    @TempDir
    Path stick;

    private StringWriter out;
    private StringWriter err;
    private final InputStream stdin = System.in;
    private String acceptanceNo;

    @BeforeEach
    void counterWithAnAcceptedApplication() {
        try (Services counter = TestStation.withAdministrator(counterHome)) {
            acceptanceNo = PackageStations.accepted(counter).acceptanceNo();
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(StationOpener opener, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.create(opener, dir -> { }, Messages.chinese());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(TestStation::open, args);
    }

    /** As the administrator, the password given on standard input. */
    private int runAsAdmin(Path home, String... args) {
        System.setIn(new ByteArrayInputStream((TestStation.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        String[] all = Stream.concat(Stream.of(args), Stream.of("--as", TestStation.ADMIN, "--password-stdin",
                "--data-dir", home.toString())).toArray(String[]::new);
        return run(all);
    }

    private Path createKeyAndExportCertificate(Path home, String name) {
        assertThat(runAsAdmin(home, "keys", "create")).as(err.toString()).isZero();
        Path pem = stick.resolve(name);
        assertThat(runAsAdmin(home, "keys", "export", "--to", pem.toString())).as(err.toString()).isZero();
        return pem;
    }

    private Path exportReview() {
        assertThat(runAsAdmin(counterHome, "export", "--application", acceptanceNo, "--to", stick.toString(),
                "--type", "review")).as(err.toString()).isZero();
        return stick.resolve(acceptanceNo + "-review.zip");
    }

    private static final StationOpener NO_STATION = dir -> {
        throw new AssertionError("verify --trust must not open a station");
    };

    @Test
    void exportThenVerifyWithTheCertificateAloneAndNoDataHome() {
        Path certificate = createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();
        assertThat(out.toString()).contains(file.toString()).contains("审核中");

        int exit = run(NO_STATION, "verify", file.toString(), "--trust", certificate.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("校验通过").contains(acceptanceNo);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneChangedByteExitsNonZeroWithOneLinePerProblem() throws Exception {
        Path certificate = createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();
        ZipSurgery bag = ZipSurgery.open(file);
        String scan = bag.files().keySet().stream().filter(p -> p.startsWith("data/materials/")).findFirst().orElseThrow();
        Path tampered = bag.flipByte(scan, 100).writeTo(stick.resolve("tampered.zip"));

        int exit = run(NO_STATION, "verify", file.toString(), tampered.toString(), "--trust", certificate.toString());

        assertThat(exit).isEqualTo(ExitCode.PACKAGE_INVALID);
        assertThat(out.toString().lines()).hasSize(1);
        List<String> problems = err.toString().lines().toList();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(tampered.toString()).contains("PAYLOAD_FILE_CHANGED").contains(scan);
    }

    @Test
    void verifyAnswersScriptsInJson() throws Exception {
        Path certificate = createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();

        int exit = run(NO_STATION, "verify", file.toString(), "--trust", stick.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(json.get(0).get("valid").asBoolean()).isTrue();
        assertThat(json.get(0).get("acceptanceNo").asText()).isEqualTo(acceptanceNo);
        assertThat(certificate).exists();
    }

    @Test
    void aPackageFromAnUntrustedStationFails() {
        createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();
        Path stranger = strangerCertificate();

        assertThat(run(NO_STATION, "verify", file.toString(), "--trust", stranger.toString())).isEqualTo(ExitCode.PACKAGE_INVALID);
        assertThat(err.toString()).contains("SIGNER_NOT_TRUSTED");
    }

    /** The certificate of another station with a key of its own. */
    private Path strangerCertificate() {
        PackageStations.withKey(reviewerHome).close();
        Path pem = stick.resolve("stranger.pem");
        assertThat(runAsAdmin(reviewerHome, "keys", "export", "--to", pem.toString())).as(err.toString()).isZero();
        return pem;
    }

    @Test
    void importAtTheReviewerTwiceTakesItInOnce() {
        Path counterPem = createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();
        TestStation.withAdministrator(reviewerHome).close();
        assertThat(runAsAdmin(reviewerHome, "keys", "trust", counterPem.toString())).as(err.toString()).isZero();

        assertThat(runAsAdmin(reviewerHome, "import", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已导入为只读申请");
        assertThat(runAsAdmin(reviewerHome, "import", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("此前已导入");

        try (Services reviewer = TestStation.open(reviewerHome)) {
            List<Application> here = reviewer.intake().list(null);
            assertThat(here).extracting(Application::acceptanceNo).containsExactly(acceptanceNo);
            assertThat(here.get(0).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        }
    }

    @Test
    void theReviewersResultGoesBackToTheCounterWithTheWholeReview() throws Exception {
        Path counterPem = createKeyAndExportCertificate(counterHome, "counter.pem");
        Path file = exportReview();
        TestStation.withAdministrator(reviewerHome).close();
        Path reviewerPem = createKeyAndExportCertificate(reviewerHome, "reviewer.pem");
        assertThat(runAsAdmin(reviewerHome, "keys", "trust", counterPem.toString())).as(err.toString()).isZero();
        assertThat(runAsAdmin(counterHome, "keys", "trust", reviewerPem.toString())).as(err.toString()).isZero();
        assertThat(runAsAdmin(reviewerHome, "import", file.toString())).as(err.toString()).isZero();
        try (Services reviewer = TestStation.open(reviewerHome)) {
            long imported = reviewer.intake().findByAcceptanceNo(acceptanceNo).orElseThrow().id();
            PackageStations.reviewAndConclude(reviewer, imported, Outcome.APPROVE, "");
        }
        Path results = Files.createDirectory(stick.resolve("results"));

        assertThat(runAsAdmin(reviewerHome, "export", "--application", acceptanceNo, "--to", results.toString(),
                "--type", "review-result")).as(err.toString()).isZero();
        Path result = results.resolve(acceptanceNo + "-review-result.zip");
        assertThat(run(NO_STATION, "verify", result.toString(), "--trust", reviewerPem.toString())).as(err.toString())
                .isZero();
        assertThat(runAsAdmin(counterHome, "import", result.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("审核结果已记入原申请");
        try (Services counter = TestStation.open(counterHome)) {
            User admin = PackageStations.admin(counter);
            long id = counter.intake().findByAcceptanceNo(acceptanceNo).orElseThrow().id();
            Review review = counter.review().open(admin, id).review();
            assertThat(review.opinion()).isEqualTo(ReviewFixtures.OPINION);
            assertThat(review.awaitsSupervisor()).isTrue();
            assertThat(review.verification().evidence()).hasSize(1);
        }
    }

    @Test
    void keysListShowsTheStationAndTheTrustedCertificatesWithFingerprints() {
        createKeyAndExportCertificate(counterHome, "counter.pem");
        Path other = strangerCertificate();
        assertThat(runAsAdmin(counterHome, "keys", "trust", other.toString())).as(err.toString()).isZero();

        assertThat(runAsAdmin(counterHome, "keys", "list")).isZero();

        assertThat(out.toString().lines().filter(l -> l.contains("指纹"))).hasSize(2);
        assertThat(out.toString()).contains("（当前）");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        assertThat(run("keys", "create", "--as", "admin", "--password", "x", "--data-dir", counterHome.toString()))
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aWrongPasswordChangesNothing() {
        System.setIn(new ByteArrayInputStream("wrong-password-1\n".getBytes(StandardCharsets.UTF_8)));

        int exit = run("keys", "create", "--as", "admin", "--password-stdin", "--data-dir", counterHome.toString());

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(Files.exists(counterHome.resolve("keys").resolve("station"))).isFalse();
    }
}
