package cn.bizhao.persistence.file;

import java.io.InputStream;
import org.apache.ibatis.annotations.Param;

/** Files kept inside the database, addressed by the SHA-256 of their bytes. */
public interface StoredFileMapper {
    int count(@Param("sha256") String sha256);

    /** The hash of every stored file, for checking them all after a move. */
    java.util.List<String> hashes();

    void insert(@Param("sha256") String sha256, @Param("mediaType") String mediaType, @Param("size") long size,
                @Param("content") byte[] content);

    FileContent content(@Param("sha256") String sha256);

    ContentLayout contentLayout(@Param("sha256") String sha256);

    /** Derby: the bytes as a stream over the BLOB, valid until the transaction ends; null when not stored. */
    InputStream contentStream(@Param("sha256") String sha256);

    /** PostgreSQL: {@code length} bytes from {@code offset} (0-based). */
    FileContent contentPiece(@Param("sha256") String sha256, @Param("offset") int offset, @Param("length") int length);

    /**
     * The bytes as a stream that reads from the database as the caller reads, never the whole file
     * into memory; valid until the transaction ends; null when not stored.
     */
    default InputStream openContent(String sha256) {
        ContentLayout layout = contentLayout(sha256);
        if (layout == null) {
            return null;
        }
        if (!layout.inPieces) {
            return contentStream(sha256);
        }
        return new PieceStream(layout.byteSize, (offset, length) -> contentPiece(sha256, Math.toIntExact(offset), length).content);
    }
}
