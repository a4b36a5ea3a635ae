package cn.bizhao.capture.camera;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls into a camera driver on one worker thread and gives up on any call that does not
 * return in time. Native drivers can block forever (a camera unplugged mid-frame, a driver
 * waiting on a device another program holds), and a hung screen is worse than a clear message.
 * <p>
 * One worker serialises the calls, as the library expects one caller at a time; it ends when idle
 * so a camera left alone holds no thread. A worker stuck in native code cannot be interrupted, so
 * it is abandoned (a daemon, it will not keep the program from exiting) and the next call gets a
 * fresh one.
 */
final class TimeBound {
    private static final Duration IDLE = Duration.ofSeconds(30);

    private ExecutorService worker = newWorker();

    /**
     * The call's result, or the call's own exception unwrapped (checked ones wrapped in a
     * {@link DriverFailure}); {@link CameraException#NOT_RESPONDING} when it runs out of time.
     */
    <T> T call(Callable<T> action, Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive: " + limit);
        }
        Future<T> result = worker.submit(action);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            abandonWorker();
            throw new CameraException(e, CameraException.NOT_RESPONDING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new CameraException(e, CameraException.NOT_RESPONDING);
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        }
    }

    private void abandonWorker() {
        worker.shutdownNow();
        worker = newWorker();
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new DriverFailure(cause);
    }

    private static ExecutorService newWorker() {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, IDLE.toSeconds(), TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "bizhao-camera-driver");
                    thread.setDaemon(true);
                    return thread;
                });
        worker.allowCoreThreadTimeOut(true);
        return worker;
    }

    /** A checked exception thrown by a driver call, carried out of the worker. */
    static final class DriverFailure extends RuntimeException {
        DriverFailure(Throwable cause) {
            super(cause);
        }
    }
}
