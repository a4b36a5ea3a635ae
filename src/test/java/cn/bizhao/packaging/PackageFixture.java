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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
        return new Sample(application, bytes, photo, pdf("registration form"));
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
    public record Sample(Application application, Map<Long, byte[]> pages, byte[] photo, byte[] form) {
        public PackageContent content(PackageType type) {
            return new PackageContent(type, "Guangxi Test Recognition Centre", application,
                    () -> new ByteArrayInputStream(form), () -> new ByteArrayInputStream(photo),
                    page -> new ByteArrayInputStream(pages.get(page.id())));
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
