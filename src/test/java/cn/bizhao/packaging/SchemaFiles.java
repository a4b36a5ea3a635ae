package cn.bizhao.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The JSON Schemas shipped in resources/schema, read the way another implementer would read them. */
final class SchemaFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaFiles() {
    }

    static JsonNode schema(String name) {
        try (InputStream in = SchemaFiles.class.getResourceAsStream("/schema/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an independent validator (networknt, draft 2020-12) finds wrong with the document. */
    static Set<String> problems(String schemaName, byte[] document) throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema(schemaName));
        return schema.validate(JSON.readTree(document)).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> properties(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
