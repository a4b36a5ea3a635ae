package cn.bizhao.cli.catalog;

import picocli.CommandLine.Command;

/** {@code bizhao catalog list|export|match}. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        subcommands = {CatalogListCommand.class, CatalogExportCommand.class, CatalogMatchCommand.class})
public final class CatalogCommand {
}
