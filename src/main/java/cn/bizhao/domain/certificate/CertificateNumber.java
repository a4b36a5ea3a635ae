package cn.bizhao.domain.certificate;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.catalog.SkillLevel;
import java.util.regex.Pattern;

/**
 * 职业技能等级证书编号: S or Y, institution code (4), province (2), site (6), year (2), level digit
 * (1 高级技师 … 5 初级工), serial (6); 22 characters (DOMAIN-FACTS.md).
 */
public final class CertificateNumber {
    private static final Pattern FORM = Pattern.compile("^[SY]\\d{14}[1-5]\\d{6}$");
    private static final int LEVEL_AT = 15;

    private CertificateNumber() {
    }

    /** The number as stored (trimmed, upper case) once it has the form and the level it must have. */
    public static String require(String number, SkillLevel level) {
        String text = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORM.matcher(text).matches()) {
            throw new DomainException("error.certificate.numberForm");
        }
        int digit = text.charAt(LEVEL_AT) - '0';
        if (digit != level.grade()) {
            throw new DomainException("error.certificate.levelDigit", digit, level);
        }
        return text;
    }
}
