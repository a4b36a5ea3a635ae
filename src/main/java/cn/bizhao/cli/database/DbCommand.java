package cn.bizhao.cli.database;

import picocli.CommandLine.Command;

/** {@code bizhao db …}: the station's database. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = DbMigrateCommand.class)
public final class DbCommand {
}
