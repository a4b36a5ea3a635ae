package cn.bizhao.persistence;

import java.sql.CallableStatement;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
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
        registry.register(LocalDate.class, new Converting<>(Date.class, Date::valueOf, Date::toLocalDate));
        registry.register(Instant.class, new Converting<>(Timestamp.class, Timestamp::from, Timestamp::toInstant));
    }

    /** Converts a java.time value to and from the JDBC type that stands for it. */
    private static final class Converting<T, J> extends BaseTypeHandler<T> {
        private final Class<J> jdbcType;
        private final Function<T, J> toJdbc;
        private final Function<J, T> fromJdbc;

        Converting(Class<J> jdbcType, Function<T, J> toJdbc, Function<J, T> fromJdbc) {
            this.jdbcType = jdbcType;
            this.toJdbc = toJdbc;
            this.fromJdbc = fromJdbc;
        }

        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, T value, JdbcType type) throws SQLException {
            ps.setObject(i, toJdbc.apply(value));
        }

        @Override
        public T getNullableResult(ResultSet rs, String column) throws SQLException {
            return convert(rs.getObject(column, jdbcType));
        }

        @Override
        public T getNullableResult(ResultSet rs, int column) throws SQLException {
            return convert(rs.getObject(column, jdbcType));
        }

        @Override
        public T getNullableResult(CallableStatement cs, int column) throws SQLException {
            return convert(cs.getObject(column, jdbcType));
        }

        private T convert(J value) {
            return value == null ? null : fromJdbc.apply(value);
        }
    }
}
