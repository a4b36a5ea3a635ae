package cn.bizhao.service.packages;

import cn.bizhao.domain.DomainException;

/** A package that failed verification and was not imported; nothing of it was kept. */
public final class PackageRefused extends DomainException {
    private final transient PackageCheck check;

    PackageRefused(PackageCheck check) {
        super("packaging.import.refused", check.file(), check.problems().size());
        this.check = check;
    }

    /** Every problem found, to be shown one by one. */
    public PackageCheck check() {
        return check;
    }
}
