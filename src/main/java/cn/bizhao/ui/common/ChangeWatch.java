package cn.bizhao.ui.common;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the screen on show that another station has changed something: each {@link #poll} reads the
 * database's change counter off the FX thread (one cheap query) and, when it has moved since the last
 * poll, runs the screen's refresh on the FX thread. Only the screen on show follows it; a screen
 * refreshes its list with the filters it last applied and keeps its selection.
 */
public final class ChangeWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);

    private final LongSupplier changeCount;
    private final TaskRunner tasks;
    private Runnable refresh = () -> { };
    private long seen = -1;
    private boolean reading;

    /** @param changeCount how many changes the database has committed (read off the FX thread) */
    public ChangeWatch(LongSupplier changeCount, TaskRunner tasks) {
        this.changeCount = changeCount;
        this.tasks = tasks;
    }

    /**
     * The screen now on show: its refresh runs when another change is found, and once at the first poll
     * (a change made while the screen was reading its list is not missed).
     */
    public void follow(Runnable onChange) {
        this.refresh = onChange;
        this.seen = -1;
    }

    /** No screen follows (the one on show has no list to refresh). */
    public void clear() {
        this.refresh = () -> { };
    }

    /** Reads the counter once; a poll still reading is not doubled. */
    public void poll() {
        if (reading) {
            return;
        }
        reading = true;
        tasks.run(changeCount::getAsLong, now -> {
            reading = false;
            boolean moved = now != seen;
            seen = now;
            if (moved) {
                refresh.run();
            }
        }, failure -> {
            reading = false;
            // the next poll tries again; a screen never shows an error for a missed refresh
            LOG.warn("reading the change counter failed", failure);
        });
    }
}
