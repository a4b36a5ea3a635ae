package cn.bizhao.packaging.crypt;

import cn.bizhao.domain.DomainException;

/** An encrypted package that this station cannot open. */
public final class DecryptionException extends DomainException {
    private final DecryptionProblem problem;

    public DecryptionException(DecryptionProblem problem) {
        super("packaging.decrypt." + problem.name());
        this.problem = problem;
    }

    public DecryptionProblem problem() {
        return problem;
    }
}
