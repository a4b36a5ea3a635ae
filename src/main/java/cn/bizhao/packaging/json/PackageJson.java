package cn.bizhao.packaging.json;

import cn.bizhao.domain.DomainException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one JSON dialect of the package's documents: indented, ISO-8601 dates, and strict on reading
 * (an unknown, missing or null-for-number field refuses the file), because a reader that guessed
 * would accept a document the schema does not describe.
 */
final class PackageJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private PackageJson() {
    }

    static byte[] write(Object document, String fileName) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + fileName, e);
        }
    }

    /**
     * @throws DomainException {@code packaging.json.invalid} or {@code packaging.json.unknownSchema},
     *                         naming the file
     */
    static <T extends VersionedDocument> T read(InputStream json, Class<T> type, String fileName, int schemaVersion)
            throws IOException {
        T document;
        try {
            document = MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new DomainException("packaging.json.invalid", fileName, e.getOriginalMessage());
        }
        if (document.schemaVersion() != schemaVersion) {
            throw new DomainException("packaging.json.unknownSchema", fileName, document.schemaVersion());
        }
        return document;
    }

    /** A document that names its own schema version. */
    interface VersionedDocument {
        int schemaVersion();
    }
}
