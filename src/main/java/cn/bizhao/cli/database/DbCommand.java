package cn.bizhao.cli.database;

import picocli.CommandLine.Command;

/** {@code bizhao db status|migrate}: the station's database. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = {DbStatusCommand.class, DbMigrateCommand.class})
public final class DbCommand {
}
