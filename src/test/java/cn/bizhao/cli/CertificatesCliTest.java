package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.Role;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** bizhao certificates list|register on a real station with one certificate issued. */
class CertificatesCliTest {
    @TempDir
    Path home;
    @TempDir
    Path out;

    private StringWriter stdout;
    private StringWriter stderr;
    private String number;
    private String holderIdNumber;

    @BeforeEach
    void stationWithACertificate() {
        try (Services services = TestStation.withAdministrator(home)) {
            long id = ReviewFixtures.asAdministrator(services).certified();
            number = ReviewFixtures.certificateNumber(id);
            holderIdNumber = services.intake().find(id).applicant().idNumber();
            ReviewFixtures.person(services, "li", "李受理", Role.CLERK, "Counter-2025");
        }
    }

    private int run(String login, String password, String... args) {
        stdout = new StringWriter();
        stderr = new StringWriter();
        CommandLine cli = Cli.create(TestStation::open, dir -> { }, Messages.chinese(),
                PasswordInput.of(new StringReader(password + "\n")));
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", login, "--password-stdin", "--data-dir", home.toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private int asAdmin(String... args) {
        return run(TestStation.ADMIN, TestStation.PASSWORD, args);
    }

    @Test
    void listsTheCertificateFoundWithTheDocumentNumberMasked() {
        assertThat(asAdmin("certificates", "list", "--text", number.substring(0, 10))).as(stderr.toString()).isZero();

        assertThat(stdout.toString()).contains(number, "电工", "初级工", Masking.maskDocumentNumber(holderIdNumber))
                .doesNotContain(holderIdNumber);
    }

    @Test
    void saysSoWhenNothingIsFound() {
        assertThat(asAdmin("certificates", "list", "--from", "2001-01-01", "--to", "2001-12-31")).isZero();

        assertThat(stdout.toString()).contains("没有符合条件的证书");
    }

    @Test
    void answersScriptsInJsonWithStableCodes() throws Exception {
        assertThat(asAdmin("certificates", "list", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(stdout.toString());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("number").asText()).isEqualTo(number);
        assertThat(json.get(0).get("level").asText()).isEqualTo("LEVEL_5");
        assertThat(json.get(0).get("idNumber").asText()).contains("*");
    }

    @Test
    void writesTheRegisterAsPdfAndRecordsThePrinting() throws Exception {
        Path pdf = out.resolve("register.pdf");

        assertThat(asAdmin("certificates", "register", "--out", pdf.toString())).as(stderr.toString()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("职业技能等级证书发放登记表", number);
        }
        try (Services services = TestStation.open(home)) {
            assertThat(services.audit().all()).anyMatch(r -> r.entry().action() == AuditAction.DOCUMENT_PRINTED
                    && r.entry().detail().startsWith("certificate register: 1"));
        }
    }

    @Test
    void aClerkIsRefusedInOneLine() {
        assertThat(run("li", "Counter-2025", "certificates", "list")).isEqualTo(ExitCode.FAILED);

        assertThat(stderr.toString().strip().lines()).hasSize(1);
        assertThat(stdout.toString()).doesNotContain(number);
        assertThat(Files.exists(out.resolve("register.pdf"))).isFalse();
    }
}
