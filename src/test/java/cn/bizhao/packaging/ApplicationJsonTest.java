package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationJsonTest {
    private static final Map<Class<?>, String> SCHEMA_DEFINITIONS = Map.of(
            ApplicationDocument.ApplicantPart.class, "applicant",
            ApplicationDocument.CertificatePart.class, "certificate",
            ApplicationDocument.CatalogMappingPart.class, "catalogMapping",
            ApplicationDocument.PhotoPart.class, "photo",
            ApplicationDocument.MaterialPart.class, "material",
            ApplicationDocument.PagePart.class, "page");

    @Test
    void applicationSurvivesTheRoundTrip() throws IOException {
        Application application = PackageFixture.sample().application();

        assertThat(ApplicationJson.read(new ByteArrayInputStream(ApplicationJson.write(application)))).isEqualTo(application);
    }

    @Test
    void unknownSchemaVersionIsRefused() {
        String json = new String(ApplicationJson.write(PackageFixture.sample().application()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> ApplicationJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "packaging.json.unknownSchema");
    }

    @Test
    void unknownFieldIsRefused() {
        String json = new String(ApplicationJson.write(PackageFixture.sample().application()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ \"surprise\" : true,");

        assertThatThrownBy(() -> ApplicationJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "packaging.json.invalid");
    }

    @Test
    void schemaFileDescribesExactlyTheFieldsWritten() throws IOException {
        JsonNode schema = schema();

        assertThat(properties(schema)).isEqualTo(components(ApplicationDocument.class));
        SCHEMA_DEFINITIONS.forEach((type, definition) ->
                assertThat(properties(schema.path("$defs").path(definition))).as(definition).isEqualTo(components(type)));
    }

    @Test
    void everySchemaFieldHasAChineseName() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.findValues("description")).allSatisfy(d -> assertThat(d.asText()).containsPattern("\\p{IsHan}"));
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = ApplicationJsonTest.class.getResourceAsStream("/schema/application-1.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> properties(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
