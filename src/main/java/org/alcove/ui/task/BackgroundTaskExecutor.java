package org.alcove.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.concurrent.Task;

/** A small pool of daemon threads; callbacks run on the FX thread. */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final System.Logger LOG = System.getLogger(BackgroundTaskExecutor.class.getName());

    private final ExecutorService pool;

    public BackgroundTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "alcove-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(Task<T> task) {
        pool.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel();
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    @Override
    public <T> TaskHandle submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancelFlag handle = new CancelFlag();
        pool.execute(() -> {
            if (handle.isCancelled()) {
                return;
            }
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.DEBUG, "background work failed", e);
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (!handle.isCancelled()) {
                    onSuccess.accept(result);
                }
            });
        });
        return handle;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
