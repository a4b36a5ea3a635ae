package cn.bizhao.ui.certificate;

/** One issued certificate as listed; the document number masked. */
public record CertificateRow(String number, String holder, String idNumber, String occupation, String level,
                             String issuedOn, String institution, String acceptanceNo) {
}
