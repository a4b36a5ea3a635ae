package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.packaging.json.ApplicationDocument;
import cn.bizhao.packaging.json.ApplicationJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationJsonTest {
    private static final String SCHEMA = "application-1.schema.json";
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
    void writtenDocumentIsValidUnderTheShippedSchema() throws IOException {
        byte[] json = ApplicationJson.write(PackageFixture.sample().application());

        assertThat(SchemaFiles.problems(SCHEMA, json)).isEmpty();
    }

    @Test
    void shippedSchemaRefusesADocumentWithAWrongStatus() throws IOException {
        String json = new String(ApplicationJson.write(PackageFixture.sample().application()), StandardCharsets.UTF_8)
                .replace("\"APPROVED\"", "\"FINISHED\"");

        assertThat(SchemaFiles.problems(SCHEMA, json.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void schemaFileDescribesExactlyTheFieldsWritten() {
        JsonNode schema = SchemaFiles.schema(SCHEMA);

        assertThat(SchemaFiles.properties(schema)).isEqualTo(SchemaFiles.components(ApplicationDocument.class));
        SCHEMA_DEFINITIONS.forEach((type, definition) ->
                assertThat(SchemaFiles.properties(schema.path("$defs").path(definition))).as(definition)
                        .isEqualTo(SchemaFiles.components(type)));
    }

    @Test
    void everySchemaFieldHasAChineseName() {
        JsonNode schema = SchemaFiles.schema(SCHEMA);
        assertThat(schema.findValues("description")).allSatisfy(d -> assertThat(d.asText()).containsPattern("\\p{IsHan}"));
    }
}
