package cn.bizhao.packaging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Bizhao-Package-Type: what a package is for, written in bag-info.txt in lower case. */
public enum PackageType {
    /** An approved application sent to the regional department (报送). */
    SUBMISSION,
    /** An accepted application sent to an offline reviewer (送审). */
    REVIEW,
    /** A reviewer's decision coming back to the counter (审核结果). */
    REVIEW_RESULT,
    /** 自治区人社部门意见 on a submission, from the department back to the institution. */
    DECISION,
    /** The department revokes a certificate it issued (撤销). */
    REVOCATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PackageType> ofLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
    }
}
