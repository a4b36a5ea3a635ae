package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.bizhao.documents.PdfInspection;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.Role;
import java.util.Set;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.service.account.NewUser;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bizhao form|receipt|notice} on the demo station: real PDFs written to files, read back
 * with PDFBox (and poppler where installed).
 */
class DocumentsCliTest {
    private static final String DEMO_PASSWORD = "Demo-2024\n";

    @TempDir
    static Path home;
    private static List<Application> stored;

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner(home);

    @BeforeAll
    static void demoStation() {
        assertThat(new CliRunner(home).run("demo")).isZero();
        stored = onStation(services -> services.intake().list(null));
    }

    private static <T> T onStation(Function<Services, T> look) {
        try (Services services = TestStation.open(home)) {
            return look.apply(services);
        }
    }

    private static Application named(String name) {
        return stored.stream().filter(a -> name.equals(a.applicant().name())).findFirst().orElseThrow();
    }

    /** Runs the command, expects success and the path printed, and returns the PDF's text without spaces. */
    private String written(Path pdf, String... args) throws IOException {
        assertThat(cli.run(args)).as(cli.err()).isZero();
        assertThat(cli.out().strip()).isEqualTo("已写入 " + pdf);
        return new PdfInspection(Files.readAllBytes(pdf)).compactText();
    }

    @Test
    void writesTheBlankFormWithEveryLabel() throws IOException {
        Path pdf = folder.resolve("blank.pdf");

        String text = written(pdf, "form", "blank", "--out", pdf.toString());

        assertThat(text).contains("广西境外职业技能比照认定申报登记表", "申请人基本信息", "姓名", "性别", "国籍", "学历",
                "毕业院校及专业", "现工作单位", "通信地址", "联系电话", "境外职业技能证书信息", "证书名称", "证书编号",
                "申请人承诺", "比照认定机构意见");
    }

    @Test
    void printsTheFormFilledFromTheApplication() throws IOException {
        Application electrician = named("阮文雄");
        Path pdf = folder.resolve("form.pdf");

        String text = written(pdf, "form", "print", "--application", electrician.acceptanceNo(), "--out", pdf.toString());

        assertThat(text).contains("阮文雄", "越南", electrician.applicant().idNumber(), "凭祥示例电力安装有限公司",
                "VN-DEMO-2023-0457", "初级工（五级）");
    }

    @Test
    void printsTheFormOfADraftByItsNumber() throws IOException {
        Application draft = named("陈国栋");
        Path pdf = folder.resolve("draft.pdf");

        String text = written(pdf, "form", "print", "--draft", Long.toString(draft.id()), "--out", pdf.toString());

        assertThat(text).contains("陈国栋", "焊工资格证书", "ID-DEMO-2023-3310");
    }

    @Test
    void writesTheReceiptWithNumberApplicantMappingAndMaterials() throws IOException {
        Application student = named("林雅婷");
        Path pdf = folder.resolve("receipt.pdf");

        String text = written(pdf, "receipt", "--application", student.acceptanceNo(), "--out", pdf.toString());

        assertThat(text).contains("受理回执", student.acceptanceNo(), "林雅婷", "广西示例职业技能评价中心（演示）",
                "中式烹调师", "高级工（三级）", "学籍证明");
    }

    @Test
    void popplerReadsTheReceiptToo() throws IOException {
        assumeTrue(PdfInspection.onPath("pdftotext"), "poppler-utils not installed");
        Application electrician = named("阮文雄");
        Path pdf = folder.resolve("receipt.pdf");
        written(pdf, "receipt", "--application", electrician.acceptanceNo(), "--out", pdf.toString());

        String text = PdfInspection.compact(new PdfInspection(Files.readAllBytes(pdf))
                .run(folder, "pdftotext", "-raw", PdfInspection.IN, "-"));

        assertThat(text).contains(electrician.acceptanceNo(), "阮文雄", "初级工（五级）", "外国人来华工作许可证");
    }

    @Test
    void writesTheNoticeOfAnApplicationAwaitingMaterials() throws IOException {
        Application waiting = named("黄志强");
        Path pdf = folder.resolve("notice.pdf");

        String text = written(pdf, "notice", "--draft", Long.toString(waiting.id()), "--out", pdf.toString());

        assertThat(text).contains("一次性告知书", "黄志强", "劳动合同").doesNotContain("境外职业技能证书原件");
    }

    @Test
    void refusesAnUnknownAcceptanceNumberInOneLine() {
        Path pdf = folder.resolve("receipt.pdf");

        assertThat(cli.run("receipt", "--application", "DEMO45-1999-00042", "--out", pdf.toString()))
                .isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).isEqualTo("没有受理编号为 DEMO45-1999-00042 的申请。请用 bizhao applications list 查看受理编号。");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void refusesAnUnknownDraftNumber() {
        assertThat(cli.run("notice", "--draft", "9999", "--out", folder.resolve("n.pdf").toString()))
                .isEqualTo(ExitCode.FAILED);

        assertThat(cli.err()).contains("9999");
    }

    @Test
    void refusesAReceiptForADraft() {
        Application draft = named("陈国栋");

        assertThat(cli.run("receipt", "--draft", Long.toString(draft.id()), "--out", folder.resolve("r.pdf").toString()))
                .isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).isEqualTo("该申请尚未受理，没有受理回执。请先完成受理。");
    }

    @Test
    void keepsAnExistingFileUnlessForced() throws IOException {
        Path pdf = folder.resolve("blank.pdf");
        Files.writeString(pdf, "kept", StandardCharsets.UTF_8);

        assertThat(cli.run("form", "blank", "--out", pdf.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err().strip()).isEqualTo("文件 " + pdf + " 已存在，未覆盖。请换一个文件名，或加 --force 覆盖它。");
        assertThat(Files.readString(pdf)).isEqualTo("kept");

        assertThat(cli.run("form", "blank", "--out", pdf.toString(), "--force")).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void leavesOnlyTheFinishedFileBehind() throws IOException {
        Path pdf = folder.resolve("blank.pdf");

        written(pdf, "form", "blank", "--out", pdf.toString());

        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(pdf);
        }
    }

    @Test
    void refusesAFolderThatDoesNotExist() {
        Path pdf = folder.resolve("missing").resolve("blank.pdf");

        assertThat(cli.run("form", "blank", "--out", pdf.toString())).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err()).contains(pdf.getParent().toString()).contains("不存在");
    }

    @Test
    void refusesAFolderAsTheFile() {
        assertThat(cli.run("form", "blank", "--out", folder.toString())).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().strip()).isEqualTo(folder + " 是一个文件夹。请在 --out 中给出 PDF 文件的名称。");
    }

    @Test
    void theStampedFormWaitsForTheInstitutionsApproval() {
        Path pdf = folder.resolve("stamped.pdf");

        int exit = cli.runWithInput(DEMO_PASSWORD, "form", "print", "--application", named("阮文雄").acceptanceNo(),
                "--out", pdf.toString(), "--stamped", "--as", "admin", "--password-stdin");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err().strip()).isEqualTo("申请当前状态为“已受理”，机构审核通过后才能打印盖章登记表。");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void onlyASupervisorStampsTheForm() {
        onStation(services -> {
            User admin = services.accounts().login("admin", "Demo-2024".toCharArray());
            char[] initial = "Initial-2024".toCharArray();
            services.users().create(admin, new NewUser("clerk2", "受理员二", Set.of(Role.CLERK), initial, initial));
            return services.accounts().changePassword("clerk2", initial, "Clerk-2024".toCharArray(),
                    "Clerk-2024".toCharArray());
        });
        Path pdf = folder.resolve("stamped.pdf");

        int exit = cli.runWithInput("Clerk-2024\n", "form", "print", "--application", named("阮文雄").acceptanceNo(),
                "--out", pdf.toString(), "--stamped", "--as", "clerk2", "--password-stdin");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err().strip()).isEqualTo(Messages.chinese().get("error.permission.SUPERVISE"));
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aWrongPasswordStampsNothing() {
        Path pdf = folder.resolve("stamped.pdf");

        int exit = cli.runWithInput("Not-the-password\n", "form", "print", "--application",
                named("阮文雄").acceptanceNo(), "--out", pdf.toString(), "--stamped", "--as", "admin",
                "--password-stdin");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err().strip()).isEqualTo("用户名或密码错误，请重新输入。");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void withoutAConsoleThePasswordMustComeFromStandardInput() {
        int exit = cli.run("form", "print", "--application", named("阮文雄").acceptanceNo(),
                "--out", folder.resolve("stamped.pdf").toString(), "--stamped", "--as", "admin");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err()).contains("--password-stdin");
    }

    @Test
    void theSupervisorStampsAnApprovedApplicationAndTheTrailRecordsIt() throws IOException {
        Application approved = onStation(services -> {
            User admin = services.accounts().login("admin", "Demo-2024".toCharArray());
            ReviewFixtures everyone = new ReviewFixtures(services, admin, admin, admin);
            return services.intake().find(everyone.decided(Outcome.APPROVE));
        });
        Path pdf = folder.resolve("stamped.pdf");

        int exit = cli.runWithInput(DEMO_PASSWORD, "form", "print", "--application", approved.acceptanceNo(),
                "--out", pdf.toString(), "--stamped", "--as", "admin",
                "--password-stdin");

        assertThat(exit).as(cli.err()).isZero();
        PdfInspection stamped = new PdfInspection(Files.readAllBytes(pdf));
        assertThat(stamped.compactText()).contains(approved.applicant().name(), ReviewFixtures.OPINION);
        assertThat(stamped.images()).anySatisfy(image -> assertThat(image.hasSoftMask()).isTrue());
        List<AuditRecord> trail = onStation(services -> services.audit().forApplication(approved.id()));
        assertThat(trail).extracting(record -> record.entry().action()).contains(AuditAction.STAMPED_FORM_PRINTED);
    }
}
