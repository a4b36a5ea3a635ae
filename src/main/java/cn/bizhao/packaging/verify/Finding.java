package cn.bizhao.packaging.verify;

import java.util.Objects;

/**
 * One problem found in a package.
 *
 * @param path   the file concerned, relative to the bag folder ("" for the package as a whole)
 * @param detail what differs, in neutral terms (a label, a checksum, a reason name); "" when nothing to add
 */
public record Finding(FindingCode code, String path, String detail) {
    public Finding {
        Objects.requireNonNull(code, "code");
        path = path == null ? "" : path;
        detail = detail == null ? "" : detail;
    }

    public String messageKey() {
        return code.messageKey();
    }

    /** The arguments of the message: {0} path, {1} detail. */
    public Object[] messageArguments() {
        return new Object[] {path, detail};
    }
}
