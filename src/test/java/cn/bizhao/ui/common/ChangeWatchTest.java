package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The screen on show is refreshed when the change counter moves, once when it starts following, never twice for one change. */
class ChangeWatchTest {
    private final AtomicLong counter = new AtomicLong(7);
    private final List<String> refreshed = new ArrayList<>();
    private final ChangeWatch watch = new ChangeWatch(counter::get, TaskRunner.direct());

    @Test
    void refreshesOnceAtTheFirstPollAndThenOnlyWhenTheCounterMoves() {
        watch.follow(() -> refreshed.add("list"));

        watch.poll();
        watch.poll();
        counter.incrementAndGet();
        watch.poll();
        watch.poll();

        assertThat(refreshed).containsExactly("list", "list");
    }

    @Test
    void onlyTheScreenOnShowIsRefreshed() {
        watch.follow(() -> refreshed.add("workbench"));
        watch.poll();
        watch.follow(() -> refreshed.add("search"));
        watch.poll();
        watch.clear();
        counter.incrementAndGet();
        watch.poll();

        assertThat(refreshed).containsExactly("workbench", "search");
    }

    @Test
    void aFailedReadIsTriedAgainAtTheNextPoll() {
        List<String> seen = new ArrayList<>();
        boolean[] fail = {true};
        ChangeWatch flaky = new ChangeWatch(() -> {
            if (fail[0]) {
                throw new IllegalStateException("database away");
            }
            return 1;
        }, TaskRunner.direct());
        flaky.follow(() -> seen.add("list"));

        flaky.poll();
        fail[0] = false;
        flaky.poll();

        assertThat(seen).containsExactly("list");
    }
}
