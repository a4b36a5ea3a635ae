package cn.bizhao.cli.keys;

import picocli.CommandLine.Command;

/** {@code bizhao keys create|renew|export|list|trust}: the station's signing key and trust list (administrator). */
@Command(name = "keys", mixinStandardHelpOptions = true,
        subcommands = {KeysCreateCommand.class, KeysRenewCommand.class, KeysExportCommand.class, KeysListCommand.class,
                TrustCommand.class})
public final class KeysCommand {
}
