package cn.bizhao.cli.application;

import picocli.CommandLine.Command;

/** {@code bizhao applications list}. */
@Command(name = "applications", mixinStandardHelpOptions = true, subcommands = ApplicationsListCommand.class)
public final class ApplicationsCommand {
}
