package cn.bizhao.cli.certificate;

import picocli.CommandLine.Command;

/** {@code bizhao certificates list|register}: 证书发放登记 on the command line. */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        subcommands = {CertificatesListCommand.class, CertificatesRegisterCommand.class,
                CertificatesRevokeCommand.class})
public final class CertificatesCommand {
}
