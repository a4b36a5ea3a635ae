package cn.bizhao.packaging;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.review.CertificateVerification;
import cn.bizhao.domain.review.Conclusion;
import cn.bizhao.domain.review.ConclusionState;
import cn.bizhao.domain.review.MaterialReview;
import cn.bizhao.domain.review.MaterialVerdict;
import cn.bizhao.domain.review.ModuleAssessment;
import cn.bizhao.domain.review.Outcome;
import cn.bizhao.domain.review.Review;
import cn.bizhao.domain.review.Route;
import cn.bizhao.domain.review.SkillModule;
import cn.bizhao.domain.review.VerificationMethod;
import cn.bizhao.domain.review.VerificationResult;
import cn.bizhao.packaging.write.ExportMonitor;
import cn.bizhao.packaging.write.ExportTarget;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.packaging.write.PackageWriter;
import cn.bizhao.security.signing.SigningAlgorithm;
import cn.bizhao.security.signing.StationIdentity;
import cn.bizhao.security.signing.StationKey;
import cn.bizhao.security.signing.StationKeyFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real keys, a real JPEG, a real PDF and a complete application, shared by the packaging tests. */
public final class PackageFixture {
    public static final String ACCEPTANCE_NO = "GX2024-000123";
    public static final StationIdentity IDENTITY = new StationIdentity("Guangxi Test Recognition Centre", "Counter 1");
    private static final Map<SigningAlgorithm, StationKey> KEYS = new EnumMap<>(SigningAlgorithm.class);

    private PackageFixture() {
    }

    /** One key per algorithm per test run: RSA-3072 key generation takes a second. */
    public static synchronized StationKey key(SigningAlgorithm algorithm) {
        return KEYS.computeIfAbsent(algorithm, a -> newKey(a));
    }

    public static StationKey newKey(SigningAlgorithm algorithm) {
        return new StationKeyFactory().create(IDENTITY, algorithm, Duration.ofDays(365), 1);
    }

    public static StationKey expiredKey() {
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        return new StationKeyFactory().create(IDENTITY, SigningAlgorithm.ECDSA_P256_SHA256, longAgo,
                longAgo.plus(Duration.ofDays(365)), 1);
    }

    public static StationCredentials credentials(StationKey key) {
        return new StationCredentials(key.privateKey(), key.certificate());
    }

    /** An application with a photo and three materials (four pages), as the service layer would hand it over. */
    public static Sample sample() {
        return sample(List.of(jpeg(Color.BLUE), jpeg(Color.RED)), List.of(jpeg(Color.GREEN)), List.of(pdf("contract")));
    }

    public static Sample sample(List<byte[]> idPages, List<byte[]> certificatePages, List<byte[]> contractPages) {
        Map<Long, byte[]> bytes = new HashMap<>();
        List<Material> materials = List.of(
                material(MaterialKind.ID_DOCUMENT, idPages, "image/jpeg", bytes),
                material(MaterialKind.OVERSEAS_CERTIFICATE, certificatePages, "image/jpeg", bytes),
                material(MaterialKind.LABOUR_CONTRACT, contractPages, "application/pdf", bytes));
        byte[] photo = jpeg(Color.GRAY);
        Applicant applicant = new Applicant("Nguyen Van An", Gender.MALE, "Viet Nam", "College", "Hanoi College, Welding",
                IdDocumentType.PASSPORT, "C1234567", "Nanning Machinery Co.", "91110000600037341L", "Nanning",
                "+8613800000000", "Welder", 6, ApplicantCategory.EMPLOYEE, true);
        CatalogEntry entry = new CatalogEntry(7, "Viet Nam", "Welding", "Level 3", "Welder", SkillLevel.LEVEL_3);
        OverseasCertificate certificate = new OverseasCertificate("Welding certificate", "Welding", "Level 3",
                "Viet Nam, TVET", "VN-2023-0042", new CatalogMapping("2024", entry));
        Application application = new Application(42, ACCEPTANCE_NO, ApplicationStatus.APPROVED, applicant, certificate,
                sha256(photo), materials, "clerk1", Instant.parse("2024-11-01T02:00:00Z"), Instant.parse("2024-11-01T03:00:00Z"));
        return new Sample(application, bytes, photo, pdf("registration form"), review(bytes));
    }

    /** The institution's review with everything a review holds, one evidence page among the pages. */
    private static Review review(Map<Long, byte[]> bytes) {
        byte[] evidence = jpeg(Color.YELLOW);
        long id = bytes.size() + 1L;
        bytes.put(id, evidence);
        Instant at = Instant.parse("2024-11-05T06:00:00Z");
        List<MaterialReview> verdicts = List.of(
                new MaterialReview(MaterialKind.ID_DOCUMENT, MaterialVerdict.VALID, "", "reviewer1", at),
                new MaterialReview(MaterialKind.OVERSEAS_CERTIFICATE, MaterialVerdict.VALID, "Checked against the original",
                        "reviewer1", at),
                new MaterialReview(MaterialKind.LABOUR_CONTRACT, MaterialVerdict.VALID, "", "reviewer1", at));
        CertificateVerification verification = new CertificateVerification(VerificationMethod.ISSUER_REGISTER,
                LocalDate.parse("2024-11-04"), VerificationResult.CONFIRMED, "TVET register lookup",
                List.of(new Page(id, 1, "image/jpeg", sha256(evidence), evidence.length, 0)), "reviewer1", at);
        return new Review(42, verdicts, verification, Route.MODULE_ASSESSMENT,
                List.of(new SkillModule(1, "Pipe welding")),
                List.of(new ModuleAssessment(1, LocalDate.parse("2024-11-20"), true, new BigDecimal("86.50"), "Assessor Li",
                        "reviewer1", at.plusSeconds(3600))),
                "Materials genuine, certificate confirmed, module passed.",
                new Conclusion(0, Outcome.APPROVE, "", "reviewer1", at.plusSeconds(7200), ConclusionState.CONFIRMED,
                        "supervisor1", "Agreed", at.plusSeconds(9000)));
    }

    private static Material material(MaterialKind kind, List<byte[]> pages, String mediaType, Map<Long, byte[]> store) {
        List<Page> result = new ArrayList<>();
        for (byte[] content : pages) {
            long id = store.size() + 1L;
            store.put(id, content);
            result.add(new Page(id, result.size() + 1, mediaType, sha256(content), content.length, 0));
        }
        return new Material(kind, result);
    }

    /** What the service layer will feed the writer from its database. */
    public record Sample(Application application, Map<Long, byte[]> pages, byte[] photo, byte[] form, Review review) {
        /** A reviewer's package carries no review; the others carry the institution's. */
        public PackageContent content(PackageType type) {
            return new PackageContent(type, "Guangxi Test Recognition Centre", application,
                    () -> new ByteArrayInputStream(form), () -> new ByteArrayInputStream(photo),
                    page -> new ByteArrayInputStream(pages.get(page.id())),
                    type == PackageType.REVIEW ? Optional.empty() : Optional.of(review));
        }

        public Path write(StationKey key, Path folder) throws IOException {
            return new PackageWriter(Clock.systemUTC()).write(content(PackageType.SUBMISSION), credentials(key),
                    ExportTarget.plain(folder), ExportMonitor.NONE);
        }
    }

    public static byte[] jpeg(Color color) {
        BufferedImage image = new BufferedImage(64, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
