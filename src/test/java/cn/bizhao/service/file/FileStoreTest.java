package cn.bizhao.service.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.bizhao.domain.DomainException;
import cn.bizhao.persistence.Database;
import cn.bizhao.testing.TestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreTest {
    /** Larger than Derby's 32 KB pages and the readers' 64 KB buffers, as a scan is. */
    private static final int SCAN_SIZE = 300_000;

    @TempDir
    Path home;

    private Database database;
    private FileStore files;

    @BeforeEach
    void open() {
        database = TestEngine.openDatabase(home);
        files = new FileStore(database.transactions());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String store(byte[] content) {
        return database.transactions().inTransaction(uow -> files.store(uow, content, "image/jpeg"));
    }

    private static byte[] scan(int seed) {
        byte[] bytes = new byte[SCAN_SIZE];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aCheckedCopyStreamsExactlyTheStoredBytes() throws IOException {
        byte[] scan = scan(1);
        String sha256 = store(scan);

        try (InputStream in = files.openForCheckedCopy(sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(scan);
        }
    }

    @Test
    void aCheckedCopyOfAFileNeverStoredIsRefused() {
        assertThatThrownBy(() -> files.openForCheckedCopy(FileStore.sha256(new byte[] {1})))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.file.missing");
    }

    /** Each open stream holds a database connection; closing it must give the connection back. */
    @Test
    void closingACheckedCopyEndsItsTransaction() {
        String sha256 = store(scan(2));

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 20; i++) {
                try (InputStream in = files.openForCheckedCopy(sha256)) {
                    assertThat(in.read()).isNotNegative();
                }
            }
        });
        assertThat(files.read(sha256)).isEqualTo(scan(2));
    }
}
