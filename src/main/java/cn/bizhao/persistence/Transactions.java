package cn.bizhao.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unit of work per use case: open a session, do the work, commit, close. The services own the
 * transaction boundaries; nothing outside persistence sees MyBatis.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 5;
    private final SqlSessionFactory factory;

    Transactions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    /**
     * Runs the work in one transaction and commits it. When the engine gives up the transaction because
     * of other writers (a deadlock or a serialization failure: several stations on one server), the
     * work is run again from the start, a few times, after a short random pause; the user never sees
     * that error.
     */
    public <T> T inTransaction(Function<UnitOfWork, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (SqlSession session = factory.openSession(false)) {
                T result = work.apply(session::getMapper);
                session.commit();
                return result;
            } catch (PersistenceException e) {
                if (attempt >= ATTEMPTS || !ConcurrentWriters.gaveUp(e)) {
                    throw e;
                }
                LOG.debug("unit of work given up by the database (attempt {}), running it again: {}", attempt,
                        ConcurrentWriters.sqlState(e));
                ConcurrentWriters.pause(attempt);
            }
        }
    }

    public void run(Consumer<UnitOfWork> work) {
        inTransaction(uow -> {
            work.accept(uow);
            return null;
        });
    }

    /**
     * A stream read inside its own unit of work, which stays open until the stream is closed: a
     * BLOB is valid only as long as its transaction, and read this way it comes page by page
     * instead of whole into memory. Empty when {@code open} finds nothing.
     */
    public Optional<InputStream> reading(Function<UnitOfWork, InputStream> open) {
        SqlSession session = factory.openSession(false);
        try {
            InputStream in = open.apply(session::getMapper);
            if (in == null) {
                session.close();
                return Optional.empty();
            }
            return Optional.of(new SessionStream(in, session));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Ends the unit of work when the reader is done with the stream. */
    private static final class SessionStream extends FilterInputStream {
        private final SqlSession session;

        SessionStream(InputStream in, SqlSession session) {
            super(in);
            this.session = session;
        }

        @Override
        public void close() throws IOException {
            try (session) {
                super.close();
            }
        }
    }
}
