package cn.bizhao.cli.document;

import picocli.CommandLine.Command;

/** {@code bizhao form blank|print}: the registration form of Attachment 2. */
@Command(name = "form", mixinStandardHelpOptions = true, subcommands = {FormBlankCommand.class, FormPrintCommand.class})
public final class FormCommand {
}
