package cn.bizhao.persistence.review;

import cn.bizhao.domain.application.Page;

/** One evidence page of the verification, or the scan of the department's reply. */
public final class EvidenceRow {
    public Long id;
    public Long applicationId;
    public int sequenceNo;
    public String sha256;
    public String mediaType;
    public long byteSize;

    public static EvidenceRow of(long applicationId, int sequenceNo, String sha256, String mediaType, long byteSize) {
        EvidenceRow row = new EvidenceRow();
        row.applicationId = applicationId;
        row.sequenceNo = sequenceNo;
        row.sha256 = sha256;
        row.mediaType = mediaType;
        row.byteSize = byteSize;
        return row;
    }

    public Page toPage() {
        return new Page(id, sequenceNo, mediaType, sha256, byteSize, 0);
    }
}
