package cn.bizhao.documents.register;

import cn.bizhao.domain.certificate.IssuedCertificate;
import java.time.LocalDate;
import java.util.List;

/**
 * 职业技能等级证书发放登记 as printed: the institution, the date printed, what was searched for, and
 * the certificates.
 *
 * @param selection a description of the search (everything, or the text and period), printed under the title
 */
public record CertificateRegister(String institution, LocalDate printedOn, String selection,
                                  List<IssuedCertificate> certificates) {
    public CertificateRegister {
        certificates = List.copyOf(certificates);
    }
}
