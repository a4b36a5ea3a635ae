package cn.bizhao.cli.audit;

import picocli.CommandLine.Command;

/** {@code bizhao audit verify|export}: the hash-chained audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = {AuditVerifyCommand.class, AuditExportCommand.class})
public final class AuditCommand {
}
