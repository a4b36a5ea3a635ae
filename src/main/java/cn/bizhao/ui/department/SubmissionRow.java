package cn.bizhao.ui.department;

/** One submission as the department lists it. */
public record SubmissionRow(long applicationId, String acceptanceNo, String institution, String name, String status,
                            int version, String receivedOn, String mapped) {
}
