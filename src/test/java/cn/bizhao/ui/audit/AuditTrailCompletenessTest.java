package cn.bizhao.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.cli.Cli;
import cn.bizhao.cli.PasswordInput;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.audit.AuditQuery;
import cn.bizhao.domain.audit.AuditRecord;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import cn.bizhao.service.audit.AuditCsv;
import cn.bizhao.testing.ReviewFixtures;
import cn.bizhao.testing.TestStation;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The trail as a reader meets it, on the screen (its view model), in the screen's CSV and in
 * {@code bizhao audit export}: every record the chain holds within the filter, of every kind of action,
 * including the many records of one accepted application, and as many as {@code audit verify} counts.
 */
class AuditTrailCompletenessTest {
    private static final Messages MESSAGES = Messages.chinese();

    @TempDir
    Path home;

    @Test
    void screenCsvAndCommandLineListEveryRecordOfEveryKindOfAction() throws IOException {
        List<Long> chain;
        int verified;
        LocalDate today;
        try (Services services = TestStation.withAdministrator(home)) {
            User admin = services.accounts().login(TestStation.ADMIN, TestStation.PASSWORD.toCharArray());
            long application = ReviewFixtures.asAdministrator(services).submitted();
            for (AuditAction action : AuditAction.values()) {
                services.audit().record(TestStation.ADMIN, action, application, "kind " + action.name());
                services.audit().record(TestStation.ADMIN, action, null, "kind " + action.name() + " alone");
            }
            today = services.audit().today();
            chain = ids(services.audit().all());
            verified = services.audit().check().recordCount();
            assertThat(verified).isEqualTo(chain.size());
            assertThat(actionsOf(services.audit().all())).containsAll(Arrays.asList(AuditAction.values()));

            AuditViewModel screen = new AuditViewModel(admin, services.audit(), new NoDialogs(), TaskRunner.direct(),
                    MESSAGES);
            screen.load();
            assertThat(screen.rows()).extracting(AuditRow::id).containsExactlyElementsOf(chain);
            assertThat(screen.countTextProperty().get()).isEqualTo(MESSAGES.get("audit.count", chain.size()));
            assertThat(screen.chainTextProperty().get()).isEqualTo(MESSAGES.get("audit.chain.intact", verified));
            for (AuditAction action : AuditAction.values()) {
                screen.actionProperty().set(action);
                screen.search();
                assertThat(screen.rows()).as("%s on the screen", action).hasSize(
                        (int) services.audit().all().stream().filter(r -> r.entry().action() == action).count());
            }

            StringWriter csv = new StringWriter();
            int written = services.audit().export(admin, new AuditQuery(today, today, null, null, null),
                    new AuditCsv(MESSAGES), csv);
            assertThat(written).isEqualTo(chain.size());
            assertThat(csvIds(csv.toString())).containsExactlyElementsOf(chain);
        }

        Path file = home.resolve("trail.csv");
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.create(TestStation::open, dir -> { }, MESSAGES,
                PasswordInput.of(new StringReader(TestStation.PASSWORD + "\n")));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("audit", "export", "--as", TestStation.ADMIN, "--password-stdin", "--out",
                file.toString(), "--from", today.toString(), "--to", today.toString(), "--data-dir",
                home.toString())).isZero();

        try (Services services = TestStation.open(home)) {
            List<AuditRecord> after = services.audit().all();
            // what the command line read: all but the record of its own export, written after it
            assertThat(after.get(after.size() - 1).entry().action()).isEqualTo(AuditAction.AUDIT_TRAIL_EXPORTED);
            List<Long> expected = ids(after.subList(0, after.size() - 1));
            assertThat(csvIds(Files.readString(file, StandardCharsets.UTF_8))).containsExactlyElementsOf(expected);
            assertThat(expected.size()).isEqualTo(services.audit().check().recordCount() - 1);
            assertThat(out.toString()).contains(MESSAGES.get("cli.audit.export.done", expected.size(),
                    file.toAbsolutePath()));
        }
    }

    private static List<Long> ids(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::id).toList();
    }

    private static List<AuditAction> actionsOf(List<AuditRecord> records) {
        return records.stream().map(r -> r.entry().action()).distinct().toList();
    }

    /** The record numbers of a CSV export, read with a CSV parser (details may hold commas and quotes). */
    private static List<Long> csvIds(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(body)) {
            List<List<String>> all = rows.readAll();
            assertThat(all.get(0).get(0)).isEqualTo(MESSAGES.get("audit.column.id"));
            return all.subList(1, all.size()).stream().map(row -> Long.parseLong(row.get(0))).toList();
        }
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String message) {
        }

        @Override
        public void showInformation(String message) {
        }

        @Override
        public boolean confirm(String message, String action) {
            throw new AssertionError("no confirmation expected: " + message);
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, FileType type) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }
    }
}
