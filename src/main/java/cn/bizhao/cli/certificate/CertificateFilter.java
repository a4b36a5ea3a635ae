package cn.bizhao.cli.certificate;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The search of the 证书登记 screen: a text in the number, holder, document number or occupation, and the issue dates. */
final class CertificateFilter {
    @Option(names = "--text", paramLabel = "TEXT", descriptionKey = "cli.option.certificateText")
    String text;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.issuedFrom")
    LocalDate from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", descriptionKey = "cli.option.issuedTo")
    LocalDate to;
}
