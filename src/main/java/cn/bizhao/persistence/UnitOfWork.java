package cn.bizhao.persistence;

/** The mappers of one open transaction. */
@FunctionalInterface
public interface UnitOfWork {
    <M> M mapper(Class<M> type);
}
