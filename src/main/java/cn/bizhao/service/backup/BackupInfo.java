package cn.bizhao.service.backup;

import cn.bizhao.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code backup-info.txt}: which station made the backup, when and who, and where the database and the
 * boot key lie inside a data home, so that a restore puts each part back where the program looks for it.
 * Holds no applicant's data.
 *
 * @param createdAt in the station's time zone, as the folder's name gives it, with the offset to make it exact
 */
public record BackupInfo(String format, OffsetDateTime createdAt, String createdBy, String institution, String institutionCode,
                         String station, String database, String bootKey) {
    static final String FORMAT = "bizhao-backup/1";

    byte[] bytes() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Format", format);
        fields.put("Created", createdAt.toString());
        fields.put("Created-By", createdBy);
        fields.put("Institution", institution);
        fields.put("Institution-Code", institutionCode);
        fields.put("Station", station);
        fields.put("Database", database);
        fields.put("Boot-Key", bootKey);
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append(name).append(": ").append(oneLine(value)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws DomainException {@code error.backup.infoUnreadable} when the text is no backup info of a known format */
    static BackupInfo parse(byte[] bytes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        if (!FORMAT.equals(fields.get("Format")) || fields.get("Database") == null || fields.get("Boot-Key") == null) {
            throw new DomainException("error.backup.infoUnreadable");
        }
        try {
            return new BackupInfo(FORMAT, OffsetDateTime.parse(fields.get("Created")), fields.get("Created-By"),
                    fields.get("Institution"), fields.get("Institution-Code"), fields.get("Station"),
                    fields.get("Database"), fields.get("Boot-Key"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DomainException("error.backup.infoUnreadable");
        }
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
    }
}
