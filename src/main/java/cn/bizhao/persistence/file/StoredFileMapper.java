package cn.bizhao.persistence.file;

import java.io.InputStream;
import org.apache.ibatis.annotations.Param;

/** Files kept inside the encrypted database, addressed by the SHA-256 of their bytes. */
public interface StoredFileMapper {
    int count(@Param("sha256") String sha256);

    void insert(@Param("sha256") String sha256, @Param("mediaType") String mediaType, @Param("size") long size,
                @Param("content") byte[] content);

    FileContent content(@Param("sha256") String sha256);

    /** The bytes as a stream over the BLOB, valid until the transaction ends; null when not stored. */
    InputStream contentStream(@Param("sha256") String sha256);
}
