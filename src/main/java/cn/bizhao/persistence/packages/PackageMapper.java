package cn.bizhao.persistence.packages;

import cn.bizhao.persistence.application.ApplicationRow;
import org.apache.ibatis.annotations.Param;

/** Packages imported, and the applications that came in them. */
public interface PackageMapper {
    int countImported(@Param("packageId") String packageId);

    void insertImported(ImportedPackageRow row);

    /** An application as it arrived, every column at once: status, numbers and times are the sender's. */
    void insertApplication(ApplicationRow row);

    void insertImportedApplication(@Param("applicationId") long applicationId, @Param("originRecordId") long originRecordId,
                                   @Param("sourceOrg") String sourceOrganization, @Param("packageId") String packageId);

    /** The sending station's record number of an imported application, or null for one taken in here. */
    Long originRecordId(@Param("applicationId") long applicationId);
}
