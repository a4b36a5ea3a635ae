package cn.bizhao.cli.database;

import picocli.CommandLine.Command;

/** {@code bizhao db status}: the station's database. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = {DbStatusCommand.class})
public final class DbCommand {
}
