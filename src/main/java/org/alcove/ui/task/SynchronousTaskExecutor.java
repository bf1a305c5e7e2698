package org.alcove.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/** Runs everything at once on the calling thread (the FX thread in tests), for deterministic tests. */
public final class SynchronousTaskExecutor implements TaskExecutor {
    @Override
    public <T> void submit(Task<T> task) {
        task.run();
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
