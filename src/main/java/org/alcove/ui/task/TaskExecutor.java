package org.alcove.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and hands results back on it. The window uses the background
 * implementation; tests use {@link SynchronousTaskExecutor} so they need not wait.
 */
public interface TaskExecutor extends AutoCloseable {
    /** Runs a task (its progress and message properties can be bound to a progress bar). */
    <T> void submit(Task<T> task);

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX
     * thread.
     */
    <T> void submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    @Override
    void close();
}
