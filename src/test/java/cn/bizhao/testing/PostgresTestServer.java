package cn.bizhao.testing;

import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.ServerLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: one per JVM, started on first use from the binaries of the
 * machine's {@code postgresql} package (Debian: {@code /usr/lib/postgresql/N/bin}; another folder in
 * {@code BIZHAO_PG_BIN}) in a temporary folder on a free port, listening on localhost only, and stopped
 * when the JVM ends. initdb refuses to run as root, so as root the server runs as the {@code postgres}
 * user. TLS is on with a certificate of a test CA ({@link #caFile()}), so stations may connect plainly
 * (localhost) or as over the network. Each test station gets a fresh database, copied from a template
 * migrated once.
 * A missing server is an error, never a skipped test.
 */
public final class PostgresTestServer {
    public static final String USER = "bizhao";
    public static final String PASSWORD = "Station-Login-2026";
    private static final String SUPERUSER_PASSWORD = "Superuser-2026";
    private static final String TEMPLATE = "bizhao_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresTestServer running;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresTestServer(Path folder, Path bin, int port, boolean asPostgresUser) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server of this JVM, started now if it is not running yet. */
    public static synchronized PostgresTestServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "postgres-test-server-stop"));
        }
        return running;
    }

    /** A fresh, migrated database of its own and the login to it (plain connection: the server is on localhost). */
    public ServerLogin newDatabase() {
        String name = "station_" + DATABASES.incrementAndGet();
        superuserSql("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + USER + " STRATEGY FILE_COPY");
        return login(name);
    }

    public ServerLogin login(String database) {
        return new ServerLogin("jdbc:postgresql://localhost:" + port + "/" + database, USER, PASSWORD, null);
    }

    /** A connection as the stations' login to one database, for what a test does behind the program's back. */
    public Connection connect(ServerLogin login) throws SQLException {
        return DriverManager.getConnection(login.url(), login.user(), login.password());
    }

    public int port() {
        return port;
    }

    private static PostgresTestServer start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("bizhao-postgres-");
            int port = freePort();
            PostgresTestServer server = new PostgresTestServer(folder, bin, port, root);
            Files.writeString(folder.resolve("pwfile"), SUPERUSER_PASSWORD + "\n", StandardCharsets.US_ASCII);
            certificates(folder);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            server.runAsServerUser(List.of(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(),
                    "-U", "postgres", "--pwfile=" + folder.resolve("pwfile"), "-A", "scram-sha-256", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"));
            server.runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + folder + " -c listen_addresses=localhost -c max_connections=400"
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB"
                            + " -c ssl=on -c ssl_cert_file=" + folder.resolve("server.crt")
                            + " -c ssl_key_file=" + folder.resolve("server.key"),
                    "start"));
            server.superuserSql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            server.superuserSql("CREATE DATABASE " + TEMPLATE + " OWNER " + USER);
            try (Database template = Database.connect(server.login(TEMPLATE))) {
                template.schemaVersion();
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CA that signed the server's certificate (for localhost and 127.0.0.1), as an administrator gives it. */
    public Path caFile() {
        return folder.resolve("ca.crt");
    }

    /** A CA that signed nothing of this server's. */
    public Path otherCaFile() {
        return folder.resolve("other-ca.crt");
    }

    /** A test CA and the server's certificate signed by it (EC P-256, two days), made with openssl. */
    private static void certificates(Path folder) throws IOException {
        String ec = "ec:" + folder.resolve("p256.pem");
        run(List.of("openssl", "ecparam", "-name", "prime256v1", "-out", folder.resolve("p256.pem").toString()));
        for (String ca : List.of("ca", "other-ca")) {
            run(List.of("openssl", "req", "-x509", "-newkey", ec, "-nodes", "-days", "2", "-subj", "/CN=bizhao test " + ca,
                    "-keyout", folder.resolve(ca + ".key").toString(), "-out", folder.resolve(ca + ".crt").toString()));
        }
        run(List.of("openssl", "req", "-newkey", ec, "-nodes", "-subj", "/CN=localhost",
                "-keyout", folder.resolve("server.key").toString(), "-out", folder.resolve("server.csr").toString()));
        Files.writeString(folder.resolve("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        run(List.of("openssl", "x509", "-req", "-in", folder.resolve("server.csr").toString(),
                "-CA", folder.resolve("ca.crt").toString(), "-CAkey", folder.resolve("ca.key").toString(),
                "-CAcreateserial", "-days", "2", "-extfile", folder.resolve("server.ext").toString(),
                "-out", folder.resolve("server.crt").toString()));
        run(List.of("chmod", "600", folder.resolve("server.key").toString()));
    }

    private static Path binaries() {
        String configured = System.getenv("BIZHAO_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(folder -> Files.isExecutable(folder.resolve("initdb")))
                        .sorted(Comparator.comparing(folder -> Integer.parseInt(folder.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))))
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries for the database tests: install Debian's "
                + "postgresql package (apt-get install postgresql) or set BIZHAO_PG_BIN to the folder holding initdb.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void runAsServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL test server: " + String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void superuserSql(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", SUPERUSER_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql, e);
        }
    }

    private void stop() {
        try {
            runAsServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is not worth failing the build for
            }
        }
    }
}
