package cn.bizhao.packaging.json;

import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;
import java.util.List;

/**
 * data/application.json, schema version 1: the shape written down in
 * {@code resources/schema/application-1.schema.json} and {@code src/docs/package-format-1.md}.
 * A type of its own, not the domain records, so that a change to the domain never changes
 * the format by accident: it has to be mapped here, and a new schema version written.
 */
public record ApplicationDocument(int schemaVersion, long stationRecordId, String acceptanceNo,
                                  ApplicationStatus status, ApplicantPart applicant,
                                  CertificatePart overseasCertificate, PhotoPart photo,
                                  List<MaterialPart> materials, String clerk, Instant createdAt,
                                  Instant acceptedAt) implements PackageJson.VersionedDocument {
    public static final int SCHEMA_VERSION = 1;

    /** 申请人基本信息. */
    public record ApplicantPart(String name, Gender gender, String nationality, String education,
                                String schoolAndMajor, IdDocumentType idType, String idNumber, String employer,
                                String employerCreditCode, String address, String phone,
                                String currentOccupation, Integer yearsInOccupation,
                                ApplicantCategory category, boolean foreignNational) {
    }

    /** 境外职业技能证书信息 and the catalogue row it was compared against. */
    public record CertificatePart(String name, String project, String level, String issuingCountryAndBody,
                                  String number, CatalogMappingPart catalogMapping) {
    }

    /** 比照认定目录: the version used and a copy of the row, so the package stands on its own. */
    public record CatalogMappingPart(String catalogVersion, int number, String region, String overseasProject,
                                     String overseasLevel, String occupation, SkillLevel level) {
    }

    /** 照片: the file in the package and its SHA-256. */
    public record PhotoPart(String file, String sha256) {
    }

    /** 申报材料: one material with its pages in order. */
    public record MaterialPart(MaterialKind kind, String folder, List<PagePart> pages) {
    }

    /** One page: the file in the package, as the station stored it. */
    public record PagePart(String file, long stationPageId, int sequence, String mediaType, String sha256, long size,
                           int rotation) {
    }
}
