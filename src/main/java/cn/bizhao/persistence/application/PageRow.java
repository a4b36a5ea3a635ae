package cn.bizhao.persistence.application;

import cn.bizhao.domain.application.MaterialKind;

/** One stored page of a material. */
public final class PageRow {
    public Long id;
    public long applicationId;
    public MaterialKind kind;
    public int sequenceNo;
    public String sha256;
    public String mediaType;
    public long byteSize;
    public int rotation;
}
