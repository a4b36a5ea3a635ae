package cn.bizhao.persistence.change;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/**
 * Concurrent edits: the version of each application (optimistic locking), the reviewer who took a
 * file, and the one counter of committed changes that other stations poll.
 */
public interface ChangeMapper {
    /**
     * Counts a change. Every writing unit of work that records or versions anything calls this first,
     * so that all take the counter's row before any other lock and none waits on another in a circle.
     */
    int countChange();

    long changeCount();

    /**
     * Raises the application's version and names who changed it; with {@code expected} given, only
     * when the stored version is still that one.
     *
     * @return 1 when changed, 0 when the application is missing or its version is another
     */
    int raiseVersion(@Param("id") long id, @Param("expected") Integer expected, @Param("by") String by,
                     @Param("now") Instant now);

    /** Who changed the application last, when, and its version now; null when it does not exist. */
    LastChange lastChange(@Param("id") long id);

    /** Takes the file for the reviewer when nobody holds it; 0 when someone does or it is not open to review. */
    int take(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    /** Lets the file go: nobody holds it afterwards. */
    int release(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    /** Who holds the file and since when; null when it does not exist. */
    Holder holder(@Param("id") long id);
}
