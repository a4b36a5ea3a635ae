package cn.bizhao.cli.station;

import picocli.CommandLine.Command;

/** {@code bizhao station …}: this computer as a station of the institution. */
@Command(name = "station", mixinStandardHelpOptions = true, subcommands = StationJoinCommand.class)
public final class StationGroupCommand {
}
