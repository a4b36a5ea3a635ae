package cn.bizhao.testing;

import cn.bizhao.app.DataHome;
import cn.bizhao.security.bootkey.BootKeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What someone with the database and its key could do behind the program's back: change an audit
 * record with plain SQL. Only for a closed station; production code offers no such path.
 */
public final class AuditTampering {
    private AuditTampering() {
    }

    public static void changeDetail(DataHome home, long recordId, String detail) throws SQLException {
        String key = new BootKeyStore(home.bootKey()).read().orElseThrow();
        String url = "jdbc:derby:" + home.database().toAbsolutePath() + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key;
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement update = connection.prepareStatement("UPDATE audit_record SET detail = ? WHERE id = ?")) {
            update.setString(1, detail);
            update.setLong(2, recordId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no audit record " + recordId);
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + home.database().toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
