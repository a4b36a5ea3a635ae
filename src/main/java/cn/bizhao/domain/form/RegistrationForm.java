package cn.bizhao.domain.form;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.OverseasCertificate;
import java.util.Optional;

/**
 * 广西境外职业技能比照认定申报登记表 as filled from an application. The mapped occupation and level
 * come from the certificate's catalogue mapping, never from free text.
 *
 * @param applicant   申请人基本信息
 * @param certificate 境外职业技能证书信息 with its catalogue mapping (null mapping: printed blank)
 * @param photoJpeg   the 32:40 photo as JPEG bytes, or null when none was taken yet
 * @param stamp       the institution's stamped opinion, or null for the unstamped form
 * @param department  自治区人社部门意见 once the department decided, or null
 */
public record RegistrationForm(Applicant applicant, OverseasCertificate certificate, byte[] photoJpeg,
                               StampedOpinion stamp, DepartmentOpinion department) {
    public RegistrationForm(Applicant applicant, OverseasCertificate certificate, byte[] photoJpeg,
                            StampedOpinion stamp) {
        this(applicant, certificate, photoJpeg, stamp, null);
    }

    public RegistrationForm {
        applicant = applicant == null ? Applicant.empty() : applicant;
        certificate = certificate == null ? OverseasCertificate.empty() : certificate;
        photoJpeg = photoJpeg == null ? null : photoJpeg.clone();
    }

    public Optional<byte[]> photo() {
        return Optional.ofNullable(photoJpeg).map(byte[]::clone);
    }

    public Optional<StampedOpinion> stampedOpinion() {
        return Optional.ofNullable(stamp);
    }

    /** The same form with the institution's stamped opinion added. */
    public RegistrationForm stamped(StampedOpinion opinion) {
        return new RegistrationForm(applicant, certificate, photoJpeg, opinion, department);
    }

    /** The same form with 自治区人社部门意见 added. */
    public RegistrationForm withDepartment(DepartmentOpinion opinion) {
        return new RegistrationForm(applicant, certificate, photoJpeg, stamp, opinion);
    }

    @Override
    public byte[] photoJpeg() {
        return photoJpeg == null ? null : photoJpeg.clone();
    }
}
