package cn.bizhao.packaging.verify;

import cn.bizhao.i18n.Messages;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Reports as JSON for {@code bizhao verify --format json}: the report's fields, {@code valid},
 * and each finding with its stable code, its path and its message in the chosen language.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private ReportJson() {
    }

    record FindingJson(FindingCode code, String path, String detail, String message) {
    }

    record ReportJsonV1(String packageFile, boolean valid, String acceptanceNo, String packageType, SignerSummary signer,
                        Instant signingTime, List<FindingJson> findings) {
    }

    public static void write(List<VerificationReport> reports, Messages messages, OutputStream out) throws IOException {
        MAPPER.writeValue(out, reports.stream().map(r -> toJson(r, messages)).toList());
    }

    private static ReportJsonV1 toJson(VerificationReport report, Messages messages) {
        List<FindingJson> findings = report.findings().stream()
                .map(f -> new FindingJson(f.code(), f.path(), f.detail(), messages.get(f.messageKey(), f.messageArguments())))
                .toList();
        return new ReportJsonV1(report.packageFile(), report.isValid(), report.acceptanceNo(), report.packageType(),
                report.signer(), report.signingTime(), findings);
    }
}
