package cn.bizhao.persistence.file;

/** How a stored file is read on this engine: its size, and whether it comes piece by piece. */
public final class ContentLayout {
    public long byteSize;
    public boolean inPieces;
}
