package cn.bizhao.bench;

import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.service.file.FileStore;
import cn.bizhao.testing.PostgresTestServer;
import cn.bizhao.testing.TestEngine;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

/**
 * How a stored file is read on the engine of {@code -Dbizhao.test.engine}: the time and the bytes the
 * reading thread allocates for one file of {@code -Dbench.megabytes} (default 32) read through the
 * program's stream (Derby: the BLOB's stream; PostgreSQL: BYTEA in 256 KB pieces) and read whole;
 * on PostgreSQL also a large object of the same size, the alternative decision 0011 weighs. Prints
 * figures; asserts nothing.
 *
 * <pre>
 * mvn -q -o -DskipTests test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec \
 *     -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Dbizhao.test.engine=postgresql -Dlogback.configurationFile=bench-logback.xml -cp %classpath cn.bizhao.bench.FileStreamBenchmark"
 * </pre>
 */
public final class FileStreamBenchmark {
    private static final int RUNS = 5;

    private FileStreamBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("bench.megabytes", 32);
        byte[] content = new byte[megabytes * 1024 * 1024];
        new Random(7).nextBytes(content);
        Path home = Files.createTempDirectory("bizhao-bench-files");
        ServerLogin login = TestEngine.onServer() ? PostgresTestServer.get().newDatabase() : null;
        try (Database database = login == null ? TestEngine.openDatabase(home) : Database.connect(login)) {
            FileStore files = new FileStore(database.transactions());
            String sha256 = database.transactions().inTransaction(uow -> files.store(uow, content, "image/jpeg"));
            System.out.printf("%s, one file of %d MB%n", database.engine(), megabytes);
            measure("streamed (the program's way)", () -> {
                try (InputStream in = files.openForCheckedCopy(sha256)) {
                    byte[] buffer = new byte[64 * 1024];
                    long total = 0;
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                    }
                    return total;
                }
            });
            measure("read whole (one SELECT)", () -> (long) files.read(sha256).length);
            if (login != null) {
                largeObject(login, content);
            }
        }
    }

    interface Read {
        long run() throws Exception;
    }

    private static void measure(String what, Read read) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            read.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        java.util.Arrays.sort(millis);
        System.out.printf("%-32s median %5d ms, %6.1f MB allocated by the reader%n", what, millis[RUNS / 2],
                allocated / 1024.0 / 1024.0);
    }

    /** The alternative: a large object written and read through the driver's own API. */
    private static void largeObject(ServerLogin login, byte[] content) throws Exception {
        try (Connection connection = PostgresTestServer.get().connect(login)) {
            connection.setAutoCommit(false);
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO();
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE)) {
                object.write(content);
            }
            connection.commit();
            measure("large object, streamed", () -> {
                long total = 0;
                try (LargeObject object = objects.open(oid, LargeObjectManager.READ);
                     InputStream in = object.getInputStream()) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                    }
                }
                connection.commit();
                return total;
            });
        }
    }
}
