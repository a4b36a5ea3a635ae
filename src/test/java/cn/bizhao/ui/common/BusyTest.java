package cn.bizhao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusyTest {
    private final HeldTasks tasks = new HeldTasks();
    private final Busy busy = new Busy(tasks);
    private final List<String> seen = new ArrayList<>();

    @Test
    void isWorkingWhileWorkRunsAndNotAfter() {
        busy.run(() -> "pdf", seen::add, failure -> seen.add("failed"));

        assertThat(busy.workingProperty().get()).isTrue();
        tasks.finishAll();
        assertThat(busy.workingProperty().get()).isFalse();
        assertThat(seen).containsExactly("pdf");
    }

    @Test
    void stopsWorkingWhenTheWorkFails() {
        busy.<String>run(() -> {
            throw new IllegalStateException("disk full");
        }, seen::add, failure -> seen.add(failure.getMessage()));

        tasks.finishAll();

        assertThat(busy.workingProperty().get()).isFalse();
        assertThat(seen).containsExactly("disk full");
    }

    @Test
    void keepsWorkingUntilTheLastOfSeveralEnds() {
        busy.begin();
        busy.run(() -> 1, ignored -> { }, ignored -> { });

        tasks.finishAll();
        assertThat(busy.workingProperty().get()).isTrue();
        busy.end();

        assertThat(busy.workingProperty().get()).isFalse();
    }

    @Test
    void workStartedFromAResultKeepsItWorking() {
        busy.run(() -> "form", made -> busy.run(() -> "pages", seen::add, ignored -> { }), ignored -> { });

        tasks.finishOne();
        assertThat(busy.workingProperty().get()).isTrue();
        tasks.finishAll();

        assertThat(seen).containsExactly("pages");
        assertThat(busy.workingProperty().get()).isFalse();
    }
}
