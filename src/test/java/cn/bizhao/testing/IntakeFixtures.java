package cn.bizhao.testing;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.identity.TestNumbers;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Fictional applicants and images for intake tests; numbers are generated, never real. */
public final class IntakeFixtures {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();

    private IntakeFixtures() {
    }

    public static Applicant employee() {
        return new Applicant("黎明测试", Gender.MALE, "中国", "大专", "广西机电职业技术学院 机电一体化",
                IdDocumentType.RESIDENT_ID, NUMBERS.residentId(), "南宁示例机械有限公司", NUMBERS.creditCode("450100"),
                "广西南宁市青秀区示例路1号", NUMBERS.mobile(), "电工", 6, ApplicantCategory.EMPLOYEE, false);
    }

    /** An employee like {@link #employee()} (with a number of their own) under another name. */
    public static Applicant employeeNamed(String name) {
        Applicant base = employee();
        return new Applicant(name, base.gender(), base.nationality(), base.education(), base.schoolAndMajor(),
                base.idType(), base.idNumber(), base.employer(), base.employerCreditCode(), base.address(), base.phone(),
                base.currentOccupation(), base.yearsInOccupation(), base.category(), base.foreignNational());
    }

    public static OverseasCertificate vietnameseElectrician() {
        return new OverseasCertificate("电工职业技能证书", "电工", "四级", "越南 示例职业技能评价中心", "VN-2023-000123", null);
    }

    public static byte[] jpeg(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.drawString("SPECIMEN", 10, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
