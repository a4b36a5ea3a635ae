package cn.bizhao.persistence.application;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.ApplicantCategory;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.domain.catalog.SkillLevel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An application as one table row (with its catalogue row joined in), for MyBatis. */
public final class ApplicationRow {
    public Long id;
    public String acceptanceNo;
    public ApplicationStatus status;
    public ApplicantCategory category;
    public String name;
    public Gender gender;
    public String nationality;
    public String education;
    public String schoolAndMajor;
    public IdDocumentType idType;
    public String idNumber;
    public String employer;
    public String employerCreditCode;
    public String address;
    public String phone;
    public String currentOccupation;
    public Integer yearsInOccupation;
    public boolean foreignNational;
    public String certName;
    public String certProject;
    public String certLevel;
    public String certIssuer;
    public String certNumber;
    public String catalogVersion;
    public Integer catalogEntryNumber;
    public String catalogRegion;
    public String catalogProject;
    public String catalogLevel;
    public String catalogOccupation;
    public SkillLevel catalogSkillLevel;
    public String photoSha256;
    public boolean pledgeConfirmed;
    public String clerk;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant acceptedAt;
    public int version;
    public String updatedBy;
    public String takenBy;
    public Instant takenAt;

    /** Copies the typed fields of the form into the row. */
    public void setForm(Applicant a, OverseasCertificate c) {
        category = a.category();
        name = a.name();
        gender = a.gender();
        nationality = a.nationality();
        education = a.education();
        schoolAndMajor = a.schoolAndMajor();
        idType = a.idType();
        idNumber = a.idNumber();
        employer = a.employer();
        employerCreditCode = a.employerCreditCode();
        address = a.address();
        phone = a.phone();
        currentOccupation = a.currentOccupation();
        yearsInOccupation = a.yearsInOccupation();
        foreignNational = a.foreignNational();
        certName = c.name();
        certProject = c.project();
        certLevel = c.level();
        certIssuer = c.issuingCountryAndBody();
        certNumber = c.number();
    }

    /** The application with its pages grouped into materials, in page order. */
    public Application toApplication(List<PageRow> pages) {
        Applicant applicant = new Applicant(name, gender, nationality, education, schoolAndMajor, idType, idNumber,
                employer, employerCreditCode, address, phone, currentOccupation, yearsInOccupation, category,
                foreignNational);
        CatalogMapping mapping = catalogEntryNumber == null ? null : new CatalogMapping(catalogVersion,
                new CatalogEntry(catalogEntryNumber, catalogRegion, catalogProject, catalogLevel, catalogOccupation,
                        catalogSkillLevel));
        OverseasCertificate certificate = new OverseasCertificate(certName, certProject, certLevel, certIssuer,
                certNumber, mapping);
        List<Material> materials = Arrays.stream(MaterialKind.values())
                .map(kind -> new Material(kind, pages.stream().filter(p -> p.kind == kind)
                        .map(p -> new Page(p.id, p.sequenceNo, p.mediaType, p.sha256, p.byteSize, p.rotation)).toList()))
                .filter(Material::isSupplied)
                .toList();
        return new Application(id, acceptanceNo, status, applicant, certificate, photoSha256, materials, clerk,
                createdAt, acceptedAt, version);
    }
}
