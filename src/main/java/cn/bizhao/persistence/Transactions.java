package cn.bizhao.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One unit of work per use case: open a session, do the work, commit, close. The services own the
 * transaction boundaries; nothing outside persistence sees MyBatis.
 */
public final class Transactions {
    private final SqlSessionFactory factory;

    Transactions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    public <T> T inTransaction(Function<UnitOfWork, T> work) {
        try (SqlSession session = factory.openSession(false)) {
            T result = work.apply(session::getMapper);
            session.commit();
            return result;
        }
    }

    public void run(Consumer<UnitOfWork> work) {
        inTransaction(uow -> {
            work.accept(uow);
            return null;
        });
    }
}
