package cn.bizhao.domain.certificate;

import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 职业技能等级证书 as issued: the occupation and level are those of the catalogue mapping, copied
 * at issue so the register never changes with a later catalogue.
 */
public record IssuedCertificate(long applicationId, String number, LocalDate issuedOn, String holderName,
                                IdDocumentType idType, String idNumber, String occupation, SkillLevel level,
                                String evaluationInstitution, String acceptanceNo, String overseasRegion,
                                String recordedBy, Instant recordedAt) {
}
