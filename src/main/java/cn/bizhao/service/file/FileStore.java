package cn.bizhao.service.file;

import cn.bizhao.domain.DomainException;
import cn.bizhao.persistence.Transactions;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.file.FileContent;
import cn.bizhao.persistence.file.StoredFileMapper;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Scans and photos, stored in the encrypted database by the SHA-256 of their bytes and checked
 * against it on every read, so what is shown is exactly what was stored.
 */
public final class FileStore {
    private final Transactions transactions;

    public FileStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Stores the bytes (once, whatever the number of pages that use them) and returns their hash. */
    public String store(UnitOfWork uow, byte[] content, String mediaType) {
        String sha256 = sha256(content);
        StoredFileMapper files = uow.mapper(StoredFileMapper.class);
        if (files.count(sha256) == 0) {
            files.insert(sha256, mediaType, content.length, content);
        }
        return sha256;
    }

    public byte[] read(String sha256) {
        FileContent stored = transactions.inTransaction(uow -> uow.mapper(StoredFileMapper.class).content(sha256));
        if (stored == null) {
            throw new DomainException("error.file.missing");
        }
        byte[] content = stored.content;
        if (!sha256(content).equals(sha256)) {
            throw new DomainException("error.file.corrupted");
        }
        return content;
    }

    /**
     * The stored bytes without the check on read, for a caller that hashes them anyway as it
     * streams them and refuses a difference: the package writer does, so an export hashes each
     * scan once instead of twice. Everyone else uses {@link #read}. The bytes come straight from
     * the database as the caller reads, never whole into memory; the caller must close the stream.
     */
    public InputStream openForCheckedCopy(String sha256) {
        return transactions.reading(uow -> uow.mapper(StoredFileMapper.class).openContent(sha256))
                .orElseThrow(() -> new DomainException("error.file.missing"));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
