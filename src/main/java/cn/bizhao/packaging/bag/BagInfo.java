package cn.bizhao.packaging.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * bag-info.txt: "Label: value" lines in order (RFC 8493 section 2.2.2). A label may repeat in
 * BagIt; format 1 uses each label once, so the first occurrence is the value and a repeat is
 * reported by the verifier.
 */
public final class BagInfo {
    public static final String SOURCE_ORGANIZATION = "Source-Organization";
    public static final String BAGGING_DATE = "Bagging-Date";
    public static final String PAYLOAD_OXUM = "Payload-Oxum";
    public static final String EXTERNAL_IDENTIFIER = "External-Identifier";
    public static final String PACKAGE_TYPE = "Bizhao-Package-Type";
    public static final String FORMAT = "Bizhao-Format";
    public static final String CATALOG_VERSION = "Bizhao-Catalog-Version";
    /** Submissions: the version of the submission (1, then 2 after 人社部门退回...), optional. */
    public static final String SUBMISSION_VERSION = "Bizhao-Submission-Version";
    /** Submissions after the first: the version this one replaces. */
    public static final String REPLACES_VERSION = "Bizhao-Replaces-Version";
    public static final List<String> REQUIRED = List.of(SOURCE_ORGANIZATION, BAGGING_DATE, PAYLOAD_OXUM,
            EXTERNAL_IDENTIFIER, PACKAGE_TYPE, FORMAT, CATALOG_VERSION);

    private final List<Map.Entry<String, String>> fields;

    private BagInfo(List<Map.Entry<String, String>> fields) {
        this.fields = List.copyOf(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Parses the text; lines starting with white space continue the previous value. Unparseable lines are dropped and counted. */
    public static BagInfo parse(String text) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !fields.isEmpty()) {
                Map.Entry<String, String> last = fields.remove(fields.size() - 1);
                fields.add(Map.entry(last.getKey(), last.getValue() + " " + line.strip()));
                continue;
            }
            int colon = line.indexOf(':');
            fields.add(colon <= 0 ? Map.entry("", line) : Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return new BagInfo(fields);
    }

    public Optional<String> get(String label) {
        return fields.stream().filter(f -> f.getKey().equals(label)).map(Map.Entry::getValue).findFirst();
    }

    /** Labels present more than once, and malformed lines (label ""), which format 1 does not allow. */
    public List<String> repeatedOrMalformed() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        fields.forEach(f -> counts.merge(f.getKey(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getKey().isEmpty() || e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    public byte[] bytes() {
        StringBuilder text = new StringBuilder();
        fields.forEach(f -> text.append(f.getKey()).append(": ").append(f.getValue()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Collects fields in the order they are written. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        public Builder add(String label, String value) {
            fields.add(Map.entry(label, oneLine(value)));
            return this;
        }

        public BagInfo build() {
            return new BagInfo(fields);
        }

        /** A value typed by a person must not be able to start a new field. */
        private static String oneLine(String value) {
            return value.replaceAll("[\\r\\n]+", " ").strip();
        }
    }
}
