package cn.bizhao.testing;

import cn.bizhao.app.DataHome;
import cn.bizhao.persistence.DatabaseSettings;
import cn.bizhao.persistence.Engine;
import cn.bizhao.persistence.ServerLogin;
import cn.bizhao.security.bootkey.BootKeyStore;
import cn.bizhao.security.bootkey.DatabasePasswordStore;
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
        DatabaseSettings settings = DatabaseSettings.read(home.databaseSettings());
        if (settings.engine() == Engine.POSTGRESQL) {
            ServerLogin login = settings.login(new DatabasePasswordStore(home.databasePassword()).read(key).orElseThrow());
            try (Connection connection = PostgresTestServer.get().connect(login)) {
                change(connection, recordId, detail);
            }
            return;
        }
        String url = "jdbc:derby:" + home.database().toAbsolutePath() + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey=" + key;
        try (Connection connection = DriverManager.getConnection(url)) {
            change(connection, recordId, detail);
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + home.database().toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void change(Connection connection, long recordId, String detail) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE audit_record SET detail = ? WHERE id = ?")) {
            update.setString(1, detail);
            update.setLong(2, recordId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no audit record " + recordId);
            }
        }
    }
}
