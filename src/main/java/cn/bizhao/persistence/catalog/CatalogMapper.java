package cn.bizhao.persistence.catalog;

import cn.bizhao.domain.catalog.CatalogEntry;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The catalogue versions loaded into the station. */
public interface CatalogMapper {
    List<CatalogVersionRow> versions();

    List<CatalogEntry> entries(@Param("version") String version);

    void insertVersion(@Param("version") String version, @Param("publishedOn") LocalDate publishedOn);

    void insertEntry(@Param("version") String version, @Param("entry") CatalogEntry entry);
}
