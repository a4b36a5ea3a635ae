package cn.bizhao.ui.review;

/** One line of a worklist as shown: the document number masked. */
public record WorkRow(long id, String acceptanceNo, String name, String idNumber, String region, String occupation,
                      String level, String status, String clerk, String acceptedOn) {
}
