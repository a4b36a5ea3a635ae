package cn.bizhao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Application;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.packages.PackageStations;
import cn.bizhao.testing.TestStation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bizhao backup}, {@code backup verify} and {@code restore} on a real station, as a script runs them. */
class BackupCliTest {
    private static final String PASSPHRASE = "kou ling zai bao xian gui";

    @TempDir
    Path home;
    @TempDir
    Path stick;
    @TempDir
    Path newPc;

    private CliRunner cli;
    private Application application;

    @BeforeEach
    void stationWithAnApplication() {
        try (Services services = TestStation.withAdministrator(home)) {
            application = PackageStations.accepted(services);
        }
        cli = new CliRunner(home);
    }

    private int backUp(String passphrase) {
        return cli.runWithInput(TestStation.PASSWORD + "\n" + passphrase + "\n",
                "backup", "--to", stick.toString(), "--as", TestStation.ADMIN, "--password-stdin");
    }

    private Path backupFolder() throws IOException {
        try (Stream<Path> entries = Files.list(stick)) {
            return entries.findFirst().orElseThrow();
        }
    }

    private static int restore(CliRunner into, Path backup, String passphrase) {
        return into.runWithInput(passphrase + "\n", "restore", "--from", backup.toString(), "--password-stdin");
    }

    @Test
    void backsUpVerifiesAndRestoresIntoANewDataHome() throws IOException {
        assertThat(backUp(PASSPHRASE)).as(cli.err()).isZero();
        Path backup = backupFolder();
        assertThat(cli.out()).startsWith("备份完成：" + backup);

        assertThat(cli.run("backup", "verify", backup.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("备份完好：" + backup);

        Path target = newPc.resolve("bizhao");
        CliRunner restored = new CliRunner(target);
        assertThat(restore(restored, backup, PASSPHRASE)).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("已恢复到 " + target).contains("操作日志完整");
        assertThat(restored.err()).isEmpty();
        try (Services services = TestStation.open(target)) {
            assertThat(services.intake().find(application.id())).isEqualTo(application);
        }
    }

    @Test
    void namesTheFlippedFileAndRefusesToRestoreIt() throws IOException {
        backUp(PASSPHRASE);
        Path backup = backupFolder();
        Path info = backup.resolve("backup-info.txt");
        Files.writeString(info, Files.readString(info).replace("Created-By: admin", "Created-By: adnin"));

        assertThat(cli.run("backup", "verify", backup.toString())).isEqualTo(ExitCode.BACKUP_DAMAGED);
        assertThat(cli.err().lines()).containsExactly("backup-info.txt：内容与清单中的 SHA-256 不符（已被改动或损坏）");

        Path target = newPc.resolve("bizhao");
        CliRunner restored = new CliRunner(target);
        assertThat(restore(restored, backup, PASSPHRASE)).isEqualTo(ExitCode.BACKUP_DAMAGED);
        assertThat(restored.err()).contains("backup-info.txt").contains("已拒绝恢复");
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesAWrongPassphraseInOneLineAndWritesNothing() throws IOException {
        backUp(PASSPHRASE);
        Path target = newPc.resolve("bizhao");
        CliRunner restored = new CliRunner(target);

        assertThat(restore(restored, backupFolder(), "kou ling bu dui de")).isEqualTo(ExitCode.FAILED);

        assertThat(restored.err().lines()).containsExactly("备份口令不对，没有恢复任何内容。请输入制作该备份时设定的口令。");
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesToRestoreOverAStationBeforeAskingForThePassphrase() throws IOException {
        backUp(PASSPHRASE);

        assertThat(cli.run("restore", "--from", backupFolder().toString())).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().lines()).singleElement().asString().startsWith(home + " 已是一个工作站的数据目录");
    }

    @Test
    void refusesAShortPassphraseWithTheMinimumLength() throws IOException {
        assertThat(backUp("too short")).isEqualTo(ExitCode.FAILED);

        assertThat(cli.err().lines()).singleElement().asString().startsWith("备份口令太短：至少要 12 个字符");
        try (Stream<Path> entries = Files.list(stick)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void refusesAWrongAdministratorPasswordBeforeAskingForThePassphrase() {
        int exit = cli.runWithInput("wrong-password\n" + PASSPHRASE + "\n",
                "backup", "--to", stick.toString(), "--as", TestStation.ADMIN, "--password-stdin");

        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void backupWithoutWhereToIsAUsageError() {
        assertThat(cli.run("backup", "--as", TestStation.ADMIN)).isEqualTo(ExitCode.USAGE);

        assertThat(cli.err()).startsWith("请用 --to 给出备份位置");
    }

    @Test
    void restoreWithoutANewDataHomeIsAUsageErrorAndTouchesNoDefaultHome() {
        StringWriter err = new StringWriter();
        CommandLine withoutDataDir = Cli.create(dir -> {
            throw new AssertionError("restore without --data-dir must open no station");
        }, request -> { }, Messages.chinese(), PasswordInput.of(new StringReader(PASSPHRASE + "\n")));
        withoutDataDir.setErr(new PrintWriter(err));

        assertThat(withoutDataDir.execute("restore", "--from", stick.toString(), "--password-stdin")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("请用 --data-dir 给出恢复到的新数据目录");
    }
}
