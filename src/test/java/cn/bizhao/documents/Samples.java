package cn.bizhao.documents;

import cn.bizhao.documents.pdf.Resources;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.SkillLevel;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.domain.form.StampedOpinion;
import cn.bizhao.domain.notice.MissingMaterialsNotice;
import cn.bizhao.domain.receipt.AcceptanceReceipt;
import cn.bizhao.domain.receipt.ReceivedMaterial;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Fictional applicants, certificates and images for the documents tests and the benchmark. */
public final class Samples {
    public static final LocalDate DATE = LocalDate.of(2025, 3, 5);
    /** About 300 dpi for 32 mm x 40 mm, in the exact 4:5 proportion the capture layer crops to. */
    public static final int PHOTO_WIDTH_PX = 376;
    public static final int PHOTO_HEIGHT_PX = 470;

    private static final Properties TEXT = load();

    private Samples() {
    }

    public static String text(String key) {
        String value = TEXT.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no sample text " + key);
        }
        return value;
    }

    public static Applicant foreignEmployee() {
        return new Applicant(text("applicant.name"), Gender.MALE, text("applicant.nationality"),
                text("applicant.education"), text("applicant.school"), IdDocumentType.PASSPORT,
                text("applicant.passport"), text("applicant.employer"), "91110000600037341L",
                text("applicant.address"), text("applicant.phone"), text("applicant.occupation"), 6,
                ApplicantCategory.EMPLOYEE, true);
    }

    public static Applicant student() {
        return new Applicant(text("student.name"), Gender.FEMALE, text("student.nationality"),
                text("student.education"), text("student.school"), IdDocumentType.RESIDENT_ID,
                text("student.idNumber"), null, null, text("student.address"), text("student.phone"), null, null,
                ApplicantCategory.STUDENT, false);
    }

    public static Applicant withLongEmployerAndAddress() {
        Applicant a = foreignEmployee();
        return new Applicant(a.name(), a.gender(), a.nationality(), a.education(), a.schoolAndMajor(), a.idType(),
                a.idNumber(), text("long.employer"), a.employerCreditCode(), text("long.address"), a.phone(),
                a.currentOccupation(), a.yearsInOccupation(), a.category(), a.foreignNational());
    }

    public static OverseasCertificate certificate() {
        CatalogEntry entry = new CatalogEntry(30, text("catalog.region"), text("catalog.project"),
                text("catalog.level"), text("catalog.occupation"), SkillLevel.LEVEL_4);
        return new OverseasCertificate(text("certificate.name"), text("certificate.project"),
                text("certificate.level"), text("certificate.issuer"), text("certificate.number"),
                new CatalogMapping("2024", entry));
    }

    public static RegistrationForm filledForm() {
        return new RegistrationForm(foreignEmployee(), certificate(), photoJpeg(), null);
    }

    public static RegistrationForm stampedForm() {
        return filledForm().stamped(new StampedOpinion(text("opinion.text"), sealPng(), DATE));
    }

    public static AcceptanceReceipt receipt() {
        return new AcceptanceReceipt(text("institution"), text("acceptanceNo"), text("applicant.name"),
                IdDocumentType.PASSPORT, text("applicant.passport"), certificate(),
                List.of(new ReceivedMaterial(MaterialKind.REGISTRATION_FORM, 1),
                        new ReceivedMaterial(MaterialKind.ID_DOCUMENT, 2),
                        new ReceivedMaterial(MaterialKind.OVERSEAS_CERTIFICATE, 2),
                        new ReceivedMaterial(MaterialKind.LABOUR_CONTRACT, 6),
                        new ReceivedMaterial(MaterialKind.WORK_PERMIT, 1)),
                DATE, text("clerk"));
    }

    public static MissingMaterialsNotice notice() {
        return new MissingMaterialsNotice(text("institution"), foreignEmployee(), DATE,
                List.of(MaterialKind.LABOUR_CONTRACT, MaterialKind.WORK_PERMIT, MaterialKind.OVERSEAS_CERTIFICATE));
    }

    /** The demo seal shipped with the program (a fictional institution). */
    public static byte[] sealPng() {
        return Resources.bytes("/seal/demo-seal.png");
    }

    /**
     * A portrait-like JPEG at 300 dpi for 32 mm x 40 mm: a light background, a head and shoulders,
     * and sensor noise, so that it compresses like a real photo rather than a flat test card.
     */
    public static byte[] photoJpeg() {
        return photoJpeg(PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX);
    }

    /** The same portrait at any size; large sizes stand for an uncropped camera picture. */
    public static byte[] photoJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8F0FA), 0, PHOTO_HEIGHT_PX, new Color(0xC8D8EE)));
        g.fillRect(0, 0, PHOTO_WIDTH_PX, PHOTO_HEIGHT_PX);
        g.setColor(new Color(0x2B3A55));
        g.fill(new Ellipse2D.Double(40, 330, 298, 300));
        g.setColor(new Color(0xE0B899));
        g.fill(new Ellipse2D.Double(104, 90, 170, 215));
        g.setColor(new Color(0x1E1A18));
        g.fill(new Ellipse2D.Double(100, 70, 178, 95));
        g.dispose();
        BufferedImage sized = resize(image, width, height);
        addNoise(sized);
        return jpeg(sized);
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage sized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sized.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return sized;
    }

    /** JPEG at quality 0.92, as cameras and capture software write portraits: heavier than the default 0.75. */
    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void addNoise(BufferedImage image) {
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(21) - 10;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Samples.class.getResourceAsStream("samples.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
