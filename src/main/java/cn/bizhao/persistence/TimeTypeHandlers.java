package cn.bizhao.persistence;

import java.sql.CallableStatement;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * java.time values through the classic JDBC types: Derby does not accept java.time objects in
 * setObject, and every database accepts Date and Timestamp.
 */
final class TimeTypeHandlers {
    private TimeTypeHandlers() {
    }

    static void register(TypeHandlerRegistry registry) {
        registry.register(LocalDate.class, new LocalDateHandler());
        registry.register(Instant.class, new InstantHandler());
    }

    private static final class LocalDateHandler extends BaseTypeHandler<LocalDate> {
        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, LocalDate value, JdbcType type) throws SQLException {
            ps.setDate(i, Date.valueOf(value));
        }

        @Override
        public LocalDate getNullableResult(ResultSet rs, String column) throws SQLException {
            return toLocalDate(rs.getDate(column));
        }

        @Override
        public LocalDate getNullableResult(ResultSet rs, int column) throws SQLException {
            return toLocalDate(rs.getDate(column));
        }

        @Override
        public LocalDate getNullableResult(CallableStatement cs, int column) throws SQLException {
            return toLocalDate(cs.getDate(column));
        }

        private static LocalDate toLocalDate(Date date) {
            return date == null ? null : date.toLocalDate();
        }
    }

    private static final class InstantHandler extends BaseTypeHandler<Instant> {
        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, Instant value, JdbcType type) throws SQLException {
            ps.setTimestamp(i, Timestamp.from(value));
        }

        @Override
        public Instant getNullableResult(ResultSet rs, String column) throws SQLException {
            return toInstant(rs.getTimestamp(column));
        }

        @Override
        public Instant getNullableResult(ResultSet rs, int column) throws SQLException {
            return toInstant(rs.getTimestamp(column));
        }

        @Override
        public Instant getNullableResult(CallableStatement cs, int column) throws SQLException {
            return toInstant(cs.getTimestamp(column));
        }

        private static Instant toInstant(Timestamp timestamp) {
            return timestamp == null ? null : timestamp.toInstant();
        }
    }
}
