package cn.bizhao.cli;

import cn.bizhao.i18n.Messages;
import cn.bizhao.testing.TestStation;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the command line on a data home as a script would: no console, standard input given, and
 * standard output and error kept per run.
 */
final class CliRunner {
    private final Path home;
    private final Messages messages;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CliRunner(Path home) {
        this(home, Messages.chinese());
    }

    CliRunner(Path home, Messages messages) {
        this.home = home;
        this.messages = messages;
    }

    int run(String... args) {
        return runWithInput("", args);
    }

    int runWithInput(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Cli.create(TestStation::open, dir -> { }, messages, PasswordInput.of(new StringReader(stdin)));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", home.toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
