package cn.bizhao.service.packages;

import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.packaging.write.PackageContent;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.department.SubmissionVersionRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versions of a submission: the first goes out as version 1; after 人社部门退回 the corrected
 * application goes out again as the next, naming the one it replaces, so the department sees both.
 */
public final class SubmissionVersions {
    private SubmissionVersions() {
    }

    /** The version the next submission of the application will have. */
    public static int next(UnitOfWork uow, long applicationId) {
        Integer latest = uow.mapper(DepartmentMapper.class).latestVersion(applicationId);
        return latest == null ? 1 : latest + 1;
    }

    /** The bag-info fields of a submission of this version. */
    static PackageContent.Extras extras(int version) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put(BagInfo.SUBMISSION_VERSION, Integer.toString(version));
        if (version > 1) {
            info.put(BagInfo.REPLACES_VERSION, Integer.toString(version - 1));
        }
        return new PackageContent.Extras(Map.of(), info);
    }

    /** Records the next version as sent or received; returns its number. */
    public static int record(UnitOfWork uow, long applicationId, String packageId, String sourceOrg, String login,
                             Instant at) {
        SubmissionVersionRow row = new SubmissionVersionRow();
        row.applicationId = applicationId;
        row.versionNo = next(uow, applicationId);
        row.packageId = packageId;
        row.sourceOrg = sourceOrg.length() <= 200 ? sourceOrg : sourceOrg.substring(0, 200);
        row.recordedBy = login;
        row.recordedAt = at;
        uow.mapper(DepartmentMapper.class).insertVersion(row);
        return row.versionNo;
    }
}
