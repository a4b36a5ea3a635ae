package cn.bizhao.cli.certificate;

import cn.bizhao.cli.ExitCode;
import cn.bizhao.cli.SignedInCommand;
import cn.bizhao.cli.TextTable;
import cn.bizhao.domain.certificate.IssuedCertificate;
import cn.bizhao.domain.identity.Masking;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bizhao certificates list --as LOGIN [--text T] [--from D] [--to D] [--format table|json]}: the
 * certificates issued, as the 证书登记 screen lists them, document numbers masked.
 */
@Command(name = "list", mixinStandardHelpOptions = true)
public final class CertificatesListCommand extends SignedInCommand {

    enum Format { table, json }

    @Mixin
    private CertificateFilter filter;

    @Option(names = "--format", defaultValue = "table", descriptionKey = "cli.option.listFormat")
    private Format format;

    @Override
    protected Permission permission() {
        return Permission.SUPERVISE;
    }

    @Override
    protected int run(Services services, User reader) throws IOException {
        Messages screen = messages();
        List<IssuedCertificate> found = services.certificates().register(reader, filter.text, filter.from, filter.to);
        if (format == Format.json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(found.stream().map(CertificatesListCommand::json).toList()));
        } else if (found.isEmpty()) {
            out().println(screen.get("certificates.empty"));
        } else {
            TextTable table = new TextTable(List.of(screen.get("document.register.column.number"),
                    screen.get("document.register.column.holder"), screen.get("document.register.column.idNumber"),
                    screen.get("document.register.column.occupation"), screen.get("document.register.column.level"),
                    screen.get("document.register.column.issuedOn"), screen.get("review.column.acceptanceNo")));
            found.forEach(c -> table.add(List.of(c.number(), c.holderName(), Masking.maskDocumentNumber(c.idNumber()),
                    c.occupation(), screen.of(c.level()), c.issuedOn().toString(), c.acceptanceNo())));
            table.print(out());
        }
        out().flush();
        return ExitCode.OK;
    }

    /** Stable names and codes for scripts, whatever the language of the messages. */
    private static Map<String, Object> json(IssuedCertificate c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", c.number());
        fields.put("holder", c.holderName());
        fields.put("idNumber", Masking.maskDocumentNumber(c.idNumber()));
        fields.put("occupation", c.occupation());
        fields.put("level", c.level().name());
        fields.put("issuedOn", c.issuedOn().toString());
        fields.put("evaluationInstitution", c.evaluationInstitution());
        fields.put("acceptanceNo", c.acceptanceNo());
        return fields;
    }
}
