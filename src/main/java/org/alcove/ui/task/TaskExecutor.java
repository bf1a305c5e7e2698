package org.alcove.ui.task;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/**
 * Runs work off the FX thread and hands results back on it. The window uses the background
 * implementation; tests use {@link SynchronousTaskExecutor} so they need not wait.
 */
public interface TaskExecutor extends AutoCloseable {
    /** Runs a task (its progress and message properties can be bound to a progress bar); cancelling the handle cancels the task. */
    <T> TaskHandle submit(Task<T> task);

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} (for an
     * exception or an error such as running out of memory) on the FX thread, unless the returned
     * handle was cancelled first.
     */
    <T> TaskHandle submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    @Override
    void close();
}
