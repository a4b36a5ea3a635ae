package cn.bizhao.service.intake;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import java.util.List;

/** The same person already has an open application for the same certificate. */
public final class DuplicateApplicationException extends DomainException {
    private final transient List<Application> existing;

    public DuplicateApplicationException(List<Application> existing) {
        super("error.intake.duplicate", existing.get(0).acceptanceNo() == null ? "-" : existing.get(0).acceptanceNo());
        this.existing = List.copyOf(existing);
    }

    public List<Application> existing() {
        return existing;
    }
}
