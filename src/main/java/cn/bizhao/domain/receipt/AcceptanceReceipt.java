package cn.bizhao.domain.receipt;

import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.OverseasCertificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 受理回执: the dated written notice of acceptance handed to the applicant at the counter.
 *
 * @param institution   the recognition institution (比照认定机构) that accepted the application
 * @param acceptanceNo  受理编号, also printed as a QR code
 * @param applicantName 申请人姓名
 * @param idType        the applicant's identity document type
 * @param idNumber      its number; the receipt prints it masked
 * @param certificate   the overseas certificate with its catalogue mapping
 * @param materials     the materials received, in order
 * @param date          受理日期
 * @param clerk         the counter clerk's name (受理人)
 */
public record AcceptanceReceipt(String institution, String acceptanceNo, String applicantName,
                                IdDocumentType idType, String idNumber, OverseasCertificate certificate,
                                List<ReceivedMaterial> materials, LocalDate date, String clerk) {
    public AcceptanceReceipt {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(acceptanceNo, "acceptanceNo");
        Objects.requireNonNull(date, "date");
        certificate = certificate == null ? OverseasCertificate.empty() : certificate;
        materials = List.copyOf(materials);
    }
}
