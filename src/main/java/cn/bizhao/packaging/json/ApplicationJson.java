package cn.bizhao.packaging.json;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.Material;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.application.Page;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.json.ApplicationDocument.ApplicantPart;
import cn.bizhao.packaging.json.ApplicationDocument.CatalogMappingPart;
import cn.bizhao.packaging.json.ApplicationDocument.CertificatePart;
import cn.bizhao.packaging.json.ApplicationDocument.MaterialPart;
import cn.bizhao.packaging.json.ApplicationDocument.PagePart;
import cn.bizhao.packaging.json.ApplicationDocument.PhotoPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Maps a domain {@link Application} to and from application.json, schema version 1. */
public final class ApplicationJson {
    static final String FILE_NAME = "application.json";

    private ApplicationJson() {
    }

    public static byte[] write(Application application) {
        return PackageJson.write(toDocument(application), FILE_NAME);
    }

    /** @throws DomainException {@code packaging.json.invalid} or {@code packaging.json.unknownSchema} */
    public static ApplicationDocument readDocument(InputStream json) throws IOException {
        return PackageJson.read(json, ApplicationDocument.class, FILE_NAME, ApplicationDocument.SCHEMA_VERSION);
    }

    public static Application read(InputStream json) throws IOException {
        return toApplication(readDocument(json));
    }

    static ApplicationDocument toDocument(Application a) {
        PhotoPart photo = a.photoSha256() == null ? null
                : new PhotoPart(PackageLayout.inPayload(PackageLayout.PHOTO), a.photoSha256());
        return new ApplicationDocument(ApplicationDocument.SCHEMA_VERSION, a.id(), a.acceptanceNo(), a.status(),
                toPart(a.applicant()), toPart(a.certificate()), photo, materialParts(a.materials()), a.clerk(),
                a.createdAt(), a.acceptedAt());
    }

    static Application toApplication(ApplicationDocument d) {
        String photoSha256 = d.photo() == null ? null : d.photo().sha256();
        List<Material> materials = d.materials().stream()
                .map(m -> new Material(m.kind(), m.pages().stream().map(ApplicationJson::toPage).toList())).toList();
        return new Application(d.stationRecordId(), d.acceptanceNo(), d.status(), toApplicant(d.applicant()),
                toCertificate(d.overseasCertificate()), photoSha256, materials, d.clerk(), d.createdAt(), d.acceptedAt());
    }

    private static ApplicantPart toPart(Applicant p) {
        return new ApplicantPart(p.name(), p.gender(), p.nationality(), p.education(), p.schoolAndMajor(), p.idType(),
                p.idNumber(), p.employer(), p.employerCreditCode(), p.address(), p.phone(), p.currentOccupation(),
                p.yearsInOccupation(), p.category(), p.foreignNational());
    }

    private static Applicant toApplicant(ApplicantPart p) {
        return new Applicant(p.name(), p.gender(), p.nationality(), p.education(), p.schoolAndMajor(), p.idType(),
                p.idNumber(), p.employer(), p.employerCreditCode(), p.address(), p.phone(), p.currentOccupation(),
                p.yearsInOccupation(), p.category(), p.foreignNational());
    }

    private static CertificatePart toPart(OverseasCertificate c) {
        return new CertificatePart(c.name(), c.project(), c.level(), c.issuingCountryAndBody(), c.number(),
                c.catalogMapping() == null ? null : toPart(c.catalogMapping()));
    }

    private static CatalogMappingPart toPart(CatalogMapping m) {
        CatalogEntry e = m.entry();
        return new CatalogMappingPart(m.catalogVersion(), e.number(), e.region(), e.overseasProject(), e.overseasLevel(),
                e.occupation(), e.level());
    }

    private static OverseasCertificate toCertificate(CertificatePart c) {
        CatalogMapping mapping = c.catalogMapping() == null ? null : toMapping(c.catalogMapping());
        return new OverseasCertificate(c.name(), c.project(), c.level(), c.issuingCountryAndBody(), c.number(), mapping);
    }

    private static CatalogMapping toMapping(CatalogMappingPart m) {
        return new CatalogMapping(m.catalogVersion(), new CatalogEntry(m.number(), m.region(), m.overseasProject(),
                m.overseasLevel(), m.occupation(), m.level()));
    }

    private static List<MaterialPart> materialParts(List<Material> materials) {
        List<MaterialPart> parts = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            Material material = materials.get(i);
            List<PagePart> pages = new ArrayList<>();
            for (int p = 0; p < material.pages().size(); p++) {
                Page page = material.pages().get(p);
                String file = PackageLayout.inPayload(PackageLayout.pagePath(i, material.kind(), p, page));
                pages.add(new PagePart(file, page.id(), page.sequence(), page.mediaType(), page.sha256(), page.size(),
                        page.rotation()));
            }
            String folder = PackageLayout.inPayload(PackageLayout.materialFolder(i, material.kind()));
            parts.add(new MaterialPart(material.kind(), folder, pages));
        }
        return parts;
    }

    private static Page toPage(PagePart p) {
        return new Page(p.stationPageId(), p.sequence(), p.mediaType(), p.sha256(), p.size(), p.rotation());
    }
}
