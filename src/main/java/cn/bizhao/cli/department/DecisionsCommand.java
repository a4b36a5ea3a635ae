package cn.bizhao.cli.department;

import picocli.CommandLine.Command;

/** {@code bizhao decisions record|sign-off}: 自治区人社部门意见 at the department's station. */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        subcommands = {DecisionsRecordCommand.class, DecisionsSignOffCommand.class})
public final class DecisionsCommand {
}
