package cn.bizhao.documents.batch;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 报送清单: what one export put in the folder, to print and hand over with the USB stick.
 *
 * @param typeName   the package type as people name it (报送包, 送审包, 审核结果包)
 * @param exportedAt local time of the export, China Standard Time
 */
public record BatchList(String institution, String station, String typeName, LocalDateTime exportedAt,
                        String exportedBy, List<Row> rows) {
    public BatchList {
        rows = List.copyOf(rows);
    }

    /**
     * One package.
     *
     * @param maskedIdNumber the identity document number masked, as every list shows it
     * @param mapped         比照认定职业（工种）及等级
     */
    public record Row(int index, String acceptanceNo, String applicantName, String maskedIdNumber, String mapped,
                      String fileName, long bytes) {
    }
}
