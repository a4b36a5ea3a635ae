package cn.bizhao.packaging.zip;

import cn.bizhao.domain.DomainException;

/** A ZIP the safe reader refuses; {@link #entryName()} names the offending entry when there is one. */
public final class UnsafeZipException extends DomainException {
    private final ZipRefusal refusal;
    private final String entryName;

    public UnsafeZipException(ZipRefusal refusal, String entryName) {
        super("packaging.zip." + refusal.name(), entryName == null ? "" : entryName);
        this.refusal = refusal;
        this.entryName = entryName;
    }

    public ZipRefusal refusal() {
        return refusal;
    }

    public String entryName() {
        return entryName;
    }
}
