package cn.bizhao.persistence.backup;

import org.apache.ibatis.annotations.Param;

/**
 * The database's own online backup: a consistent copy taken through the open connection while the
 * station keeps working, still encrypted with the database's key. Derby writes the copy into a folder
 * named like the database folder inside {@code parentFolder}. This is Derby's procedure; a server
 * database is backed up by its own tools (decision 0010).
 */
public interface DatabaseBackupMapper {
    void backUpInto(@Param("parentFolder") String parentFolder);
}
