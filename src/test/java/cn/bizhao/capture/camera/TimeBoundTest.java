package cn.bizhao.capture.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TimeBoundTest {
    private final TimeBound driver = new TimeBound();

    @Test
    void givesUpOnACallThatHangs() {
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> driver.call(() -> {
            never.await();
            return "frame";
        }, Duration.ofMillis(200))).isInstanceOfSatisfying(CameraException.class,
                e -> assertThat(e.messageKey()).isEqualTo(CameraException.NOT_RESPONDING));
    }

    @Test
    void answersTheNextCallAfterAbandoningAHungOne() {
        Object stuck = new Object();
        assertThatThrownBy(() -> driver.call(() -> {
            synchronized (stuck) {
                stuck.wait();
            }
            return null;
        }, Duration.ofMillis(200))).isInstanceOf(CameraException.class);

        assertThat(driver.call(() -> "frame", Duration.ofSeconds(30))).isEqualTo("frame");
    }

    @Test
    void passesOnTheCallsOwnUncheckedException() {
        IllegalStateException thrown = new IllegalStateException("driver");

        assertThatThrownBy(() -> driver.call(() -> {
            throw thrown;
        }, Duration.ofSeconds(30))).isSameAs(thrown);
    }

    @Test
    void carriesACheckedExceptionOutOfTheWorker() {
        IOException thrown = new IOException("device");

        assertThatThrownBy(() -> driver.call(() -> {
            throw thrown;
        }, Duration.ofSeconds(30))).isInstanceOf(TimeBound.DriverFailure.class).hasCause(thrown);
    }

    @Test
    void passesOnAnError() {
        UnsatisfiedLinkError thrown = new UnsatisfiedLinkError("libv4l2.so.0");

        assertThatThrownBy(() -> driver.call(() -> {
            throw thrown;
        }, Duration.ofSeconds(30))).isSameAs(thrown);
    }
}
