package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.review.Review;
import cn.bizhao.packaging.json.ReviewDocument;
import cn.bizhao.packaging.json.ReviewJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewJsonTest {
    private static final String SCHEMA = "review-1.schema.json";
    private static final Map<Class<?>, String> SCHEMA_DEFINITIONS = Map.of(
            ReviewDocument.VerdictPart.class, "verdict",
            ReviewDocument.VerificationPart.class, "verification",
            ReviewDocument.EvidencePart.class, "evidence",
            ReviewDocument.ModulePart.class, "module",
            ReviewDocument.AssessmentPart.class, "assessment",
            ReviewDocument.ConclusionPart.class, "conclusion");

    private final Review review = PackageFixture.sample().review();

    @Test
    void reviewSurvivesTheRoundTripExceptTheSendingStationsRecordNumbers() throws IOException {
        Review back = ReviewJson.toReview(read(ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review)), 7);

        assertThat(back.applicationId()).isEqualTo(7);
        assertThat(back).usingRecursiveComparison()
                .ignoringFields("applicationId", "verification.evidence.id", "conclusion.id").isEqualTo(review);
        assertThat(back.verification().evidence()).extracting("id").containsOnly(0L);
    }

    @Test
    void aReviewWithNothingYetSurvivesTheRoundTrip() throws IOException {
        Review empty = Review.empty(3);

        assertThat(ReviewJson.toReview(read(ReviewJson.write("GX2024-000001", empty)), 3)).isEqualTo(empty);
    }

    @Test
    void writtenDocumentNamesTheEvidencePageWhereTheWriterPutsIt() throws IOException {
        ReviewDocument document = read(ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review));

        assertThat(document.acceptanceNo()).isEqualTo(PackageFixture.ACCEPTANCE_NO);
        assertThat(document.verification().evidence()).singleElement()
                .satisfies(e -> assertThat("data/" + e.file()).isEqualTo("data/review/evidence/001.jpg"));
    }

    @Test
    void writtenDocumentIsValidUnderTheShippedSchema() throws IOException {
        assertThat(SchemaFiles.problems(SCHEMA, ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review))).isEmpty();
        assertThat(SchemaFiles.problems(SCHEMA, ReviewJson.write("GX2024-000001", Review.empty(3)))).isEmpty();
    }

    @Test
    void shippedSchemaRefusesAnUnknownVerdict() throws IOException {
        String json = text(ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review)).replace("\"VALID\"", "\"MAYBE\"");

        assertThat(SchemaFiles.problems(SCHEMA, json.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void unknownSchemaVersionIsRefusedNamingTheFile() {
        String json = text(ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review))
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("packaging.json.unknownSchema");
                    assertThat(e.arguments()).containsExactly("review.json", 2);
                });
    }

    @Test
    void missingFieldIsRefused() {
        String json = text(ReviewJson.write(PackageFixture.ACCEPTANCE_NO, review)).replaceFirst("\"opinion\" : \"[^\"]*\",", "");

        assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "packaging.json.invalid");
    }

    @Test
    void schemaFileDescribesExactlyTheFieldsWritten() {
        JsonNode schema = SchemaFiles.schema(SCHEMA);

        assertThat(SchemaFiles.properties(schema)).isEqualTo(SchemaFiles.components(ReviewDocument.class));
        SCHEMA_DEFINITIONS.forEach((type, definition) ->
                assertThat(SchemaFiles.properties(schema.path("$defs").path(definition))).as(definition)
                        .isEqualTo(SchemaFiles.components(type)));
    }

    @Test
    void everySchemaFieldHasAChineseName() {
        assertThat(SchemaFiles.schema(SCHEMA).findValues("description"))
                .allSatisfy(d -> assertThat(d.asText()).containsPattern("\\p{IsHan}"));
    }

    private static ReviewDocument read(byte[] json) throws IOException {
        return ReviewJson.readDocument(new ByteArrayInputStream(json));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
