package cn.bizhao.persistence.application;

import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.application.MaterialKind;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Applications, their pages, and the acceptance counter. */
public interface ApplicationMapper {
    void insert(ApplicationRow row);

    int updateForm(ApplicationRow row);

    int updateCatalogMapping(@Param("id") long id, @Param("version") String version, @Param("number") Integer number,
                             @Param("now") Instant now);

    int updatePhoto(@Param("id") long id, @Param("sha256") String sha256, @Param("now") Instant now);

    int updateStatus(@Param("id") long id, @Param("from") ApplicationStatus from, @Param("to") ApplicationStatus to,
                     @Param("now") Instant now);

    int accept(@Param("id") long id, @Param("acceptanceNo") String acceptanceNo, @Param("now") Instant now);

    int confirmPledge(@Param("id") long id, @Param("confirmed") boolean confirmed);

    ApplicationRow find(@Param("id") long id);

    ApplicationRow findByAcceptanceNo(@Param("acceptanceNo") String acceptanceNo);

    List<ApplicationRow> list(@Param("status") ApplicationStatus status);

    /** The applications matching, newest first (by acceptance, drafts by creation), at most {@code c.limit}. */
    List<FoundRow> search(@Param("c") ApplicationCriteria criteria);

    /** How many applications match, whatever the limit. */
    int count(@Param("c") ApplicationCriteria criteria);

    List<ApplicationRow> withIdentity(@Param("idType") IdDocumentType idType, @Param("idNumber") String idNumber);

    List<PageRow> pages(@Param("applicationId") long applicationId);

    void insertPage(PageRow page);

    int deletePage(@Param("id") long id);

    int updatePageOrder(@Param("id") long id, @Param("sequenceNo") int sequenceNo, @Param("rotation") int rotation);

    int deletePagesOf(@Param("applicationId") long applicationId, @Param("kind") MaterialKind kind);

    Integer lastAcceptanceNumber(@Param("code") String institutionCode, @Param("year") int year);

    void insertAcceptanceCounter(@Param("code") String institutionCode, @Param("year") int year, @Param("last") int last);

    /** Adds one to the year's counter, locking its row until the transaction ends; 0 when the year has no row yet. */
    int incrementAcceptanceCounter(@Param("code") String institutionCode, @Param("year") int year);
}
