package cn.bizhao.service.database;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.domain.user.Permission;
import cn.bizhao.domain.user.Permissions;
import cn.bizhao.domain.user.User;
import cn.bizhao.persistence.Database;
import cn.bizhao.persistence.DatabaseCopy;
import cn.bizhao.persistence.DatabaseCopy.TableCount;
import cn.bizhao.persistence.DatabaseCopy.TableFingerprint;
import cn.bizhao.persistence.Engine;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.persistence.file.StoredFileMapper;
import cn.bizhao.service.audit.AuditTrail;
import cn.bizhao.service.file.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Moves a one-desk station's whole content from its embedded database into the institution's empty
 * PostgreSQL database: the schema by the same migrations, then every table in the order of its foreign
 * keys; then checks on the server every table's row count, every value (a fingerprint per table) and
 * every stored file's SHA-256, and records the move in the audit trail there, at the end of the copied
 * chain. The embedded database is only read: if anything goes wrong the station stays as it was.
 */
public final class DatabaseMove {
    private final Clock clock;

    public DatabaseMove(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws DomainException when the user may not, the station is already on a server, the target is
     *         not empty or cannot be reached, or a check on the server finds a difference
     */
    public MoveReport move(User administrator, Database source, ServerLogin target, String stationName) {
        Permissions.require(administrator, Permission.ADMINISTER);
        if (source.engine() != Engine.DERBY) {
            throw new DomainException("error.database.moveNotEmbedded", source.location());
        }
        try (Database server = Database.connectEmpty(target)) {
            List<TableCount> copied = DatabaseCopy.copy(source, server);
            checkCounts(DatabaseCopy.counts(source), DatabaseCopy.counts(server));
            checkCounts(copied, DatabaseCopy.counts(server));
            checkValues(DatabaseCopy.fingerprints(source), DatabaseCopy.fingerprints(server));
            int files = checkFiles(server);
            MoveReport report = new MoveReport(target.location(), copied, files);
            new AuditTrail(server.transactions(), clock, () -> stationName).record(administrator.login(),
                    AuditAction.DATABASE_MOVED, null, "to=" + report.location() + "; tables=" + copied.size()
                            + "; rows=" + report.rows() + "; files=" + files);
            return report;
        }
    }

    private static void checkCounts(List<TableCount> expected, List<TableCount> found) {
        for (TableCount table : expected) {
            long there = found.stream().filter(f -> f.table().equals(table.table())).mapToLong(TableCount::rows)
                    .findFirst().orElse(-1);
            if (there != table.rows()) {
                throw new DomainException("error.database.moveCountDiffers", table.table(), table.rows(), there);
            }
        }
    }

    private static void checkValues(List<TableFingerprint> expected, List<TableFingerprint> found) {
        for (TableFingerprint table : expected) {
            if (!found.contains(table)) {
                throw new DomainException("error.database.moveValueDiffers", table.table());
            }
        }
    }

    /** Reads every stored file back from the server and compares its SHA-256 with the one it is stored under. */
    private static int checkFiles(Database server) {
        List<String> hashes = server.transactions().inTransaction(uow -> uow.mapper(StoredFileMapper.class).hashes());
        FileStore files = new FileStore(server.transactions());
        for (String sha256 : hashes) {
            if (!sha256.equals(sha256Of(files.openForCheckedCopy(sha256)))) {
                throw new DomainException("error.database.moveFileDiffers", sha256);
            }
        }
        return hashes.size();
    }

    private static String sha256Of(InputStream content) {
        try (content) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
