package org.alcove.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/** Runs everything at once on the calling thread (the FX thread in tests), for deterministic tests. */
public final class SynchronousTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(Task<T> task) {
        task.run();
        return TaskHandle.DONE;
    }

    /** Runs {@code work} and its callback at once; like the background executor, an error (out of memory) goes to {@code onFailure} too. */
    @Override
    public <T> TaskHandle submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            onFailure.accept(e);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
