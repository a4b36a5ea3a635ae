package cn.bizhao.persistence.packages;

import cn.bizhao.persistence.application.ApplicationRow;
import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** Packages imported, and the applications that came in them. */
public interface PackageMapper {
    int countImported(@Param("packageId") String packageId);

    void insertImported(ImportedPackageRow row);

    /** An application as it arrived, every column at once: status, numbers and times are the sender's. */
    void insertApplication(ApplicationRow row);

    void insertImportedApplication(@Param("applicationId") long applicationId, @Param("originRecordId") long originRecordId,
                                   @Param("sourceOrg") String sourceOrganization, @Param("packageId") String packageId);

    /** When the newest package of this type applied to the application was signed; null when none was. */
    Instant latestSigned(@Param("applicationId") long applicationId, @Param("packageType") String packageType);

    /** The sending station's record number of an imported application, or null for one taken in here. */
    Long originRecordId(@Param("applicationId") long applicationId);
}
