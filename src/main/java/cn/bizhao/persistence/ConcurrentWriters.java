package cn.bizhao.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Errors by which an engine gives up one transaction in favour of another, and the pause before trying again. */
final class ConcurrentWriters {
    /** 40001 serialization failure (Derby: deadlock too), 40P01 PostgreSQL deadlock, 40XL1/40XL2 Derby lock timeout. */
    private static final Set<String> GAVE_UP = Set.of("40001", "40P01", "40XL1", "40XL2");

    private ConcurrentWriters() {
    }

    static boolean gaveUp(Throwable error) {
        return GAVE_UP.contains(sqlState(error));
    }

    static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
