package cn.bizhao.packaging.write;

import cn.bizhao.domain.DomainException;

/** The user cancelled an export; the half-written package is already gone. */
public final class ExportCancelledException extends DomainException {
    public ExportCancelledException() {
        super("packaging.export.cancelled");
    }
}
