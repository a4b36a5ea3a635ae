package cn.bizhao.domain.application;

import java.time.Instant;
import java.util.List;

/**
 * 申请: one applicant's request to have one overseas certificate recognised.
 *
 * @param id           database identity
 * @param acceptanceNo 受理编号, null until accepted
 * @param photoSha256  SHA-256 of the stored 32:40 photo, null while none
 * @param clerk        login of the counter clerk who took it in
 * @param version      raised by every change to the application or its review file; a save made
 *                     against an older one is refused (optimistic locking)
 */
public record Application(long id, String acceptanceNo, ApplicationStatus status, Applicant applicant,
                          OverseasCertificate certificate, String photoSha256, List<Material> materials,
                          String clerk, Instant createdAt, Instant acceptedAt, int version) {
    public Application {
        materials = List.copyOf(materials);
    }

    /** An application that is not stored here (a package's, one being typed): version 0. */
    public Application(long id, String acceptanceNo, ApplicationStatus status, Applicant applicant,
                       OverseasCertificate certificate, String photoSha256, List<Material> materials,
                       String clerk, Instant createdAt, Instant acceptedAt) {
        this(id, acceptanceNo, status, applicant, certificate, photoSha256, materials, clerk, createdAt, acceptedAt, 0);
    }

    public List<MaterialKind> missingMaterials() {
        return RequiredMaterials.of(applicant).stream()
                .filter(kind -> materials.stream().noneMatch(m -> m.kind() == kind && m.isSupplied()))
                .toList();
    }
}
