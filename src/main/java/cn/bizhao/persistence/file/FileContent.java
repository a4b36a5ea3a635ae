package cn.bizhao.persistence.file;

/** The bytes of a stored file, as read. */
public final class FileContent {
    public byte[] content;
}
