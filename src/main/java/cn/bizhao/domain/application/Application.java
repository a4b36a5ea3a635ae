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
 */
public record Application(long id, String acceptanceNo, ApplicationStatus status, Applicant applicant,
                          OverseasCertificate certificate, String photoSha256, List<Material> materials,
                          String clerk, Instant createdAt, Instant acceptedAt) {
    public Application {
        materials = List.copyOf(materials);
    }

    public List<MaterialKind> missingMaterials() {
        return RequiredMaterials.of(applicant).stream()
                .filter(kind -> materials.stream().noneMatch(m -> m.kind() == kind && m.isSupplied()))
                .toList();
    }
}
