package cn.bizhao.cli;

import cn.bizhao.cli.application.StatusConverter;
import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.StationOpener;
import cn.bizhao.service.database.ServerSetup;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the command line with its texts from the bundles and its error handling. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(StationOpener opener, Consumer<WindowRequest> openWindow, Messages messages) {
        return create(opener, openWindow, messages, PasswordInput.system());
    }

    public static CommandLine create(StationOpener opener, Consumer<WindowRequest> openWindow, Messages messages,
                                     PasswordInput passwords) {
        return create(opener, openWindow, messages, passwords, null);
    }

    /** With {@code servers}, {@code db migrate} and {@code station join} can put data homes on the institution's server. */
    public static CommandLine create(StationOpener opener, Consumer<WindowRequest> openWindow, Messages messages,
                                     PasswordInput passwords, ServerSetup servers) {
        CommandLine commandLine = new CommandLine(new BizhaoCommand(opener, openWindow, passwords, servers));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setResourceBundle(messages.bundle());
        describe(commandLine.getCommandSpec(), messages);
        commandLine.registerConverter(ApplicationStatus.class, new StatusConverter(messages));
        commandLine.setParameterExceptionHandler(oneLineForRefusedValues(commandLine.getParameterExceptionHandler()));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> report(e, cl.getErr(), messages));
        return commandLine;
    }

    /** The messages in the language the command line was built with. */
    public static Messages messages(CommandLine commandLine) {
        return Messages.of(commandLine.getCommandSpec().root().resourceBundle().getLocale());
    }

    /** Command descriptions come from keys {@code cli.command.<qualified.name>}. */
    private static void describe(CommandSpec spec, Messages messages) {
        String key = "cli.command." + spec.qualifiedName(".");
        spec.usageMessage().description(messages.get(key));
        spec.subcommands().values().forEach(sub -> describe(sub.getCommandSpec(), messages));
    }

    /**
     * A value refused by one of our converters already says what was wrong and what is valid, in
     * the user's language: print that line alone. Other usage errors keep picocli's help.
     */
    private static IParameterExceptionHandler oneLineForRefusedValues(IParameterExceptionHandler standard) {
        return (e, args) -> {
            if (e.getCause() instanceof ValueRefusedException refused) {
                e.getCommandLine().getErr().println(refused.getMessage());
                return ExitCode.USAGE;
            }
            return standard.handleParseException(e, args);
        };
    }

    private static int report(Exception e, PrintWriter err, Messages messages) {
        Logger log = LoggerFactory.getLogger(Cli.class); // not static: the log folder is chosen after parsing
        if (e instanceof DomainException domain) {
            err.println(messages.get(domain.messageKey(), domain.arguments()));
            log.info("command refused: {}", domain.messageKey());
        } else {
            err.println(messages.get("cli.error.unexpected"));
            log.error("command failed", e);
        }
        return ExitCode.FAILED;
    }
}
