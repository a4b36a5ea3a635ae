package cn.bizhao.persistence.certificate;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The register of issued certificates. */
public interface CertificateMapper {
    void insert(CertificateRow row);

    CertificateRow find(@Param("applicationId") long applicationId);

    CertificateRow findByNumber(@Param("number") String number);

    /** Certificates issued in the period matching the text (number, name, acceptance number, occupation). */
    List<CertificateRow> search(@Param("text") String text, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
