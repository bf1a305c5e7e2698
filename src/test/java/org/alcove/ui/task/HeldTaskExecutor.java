package org.alcove.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/**
 * Holds background work until the test runs it, as a slow database would, so a test decides the
 * order in which answers arrive. Each piece runs as {@link SynchronousTaskExecutor} runs it, and,
 * as with the background executor, the callbacks of a piece whose handle was cancelled never run.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final SynchronousTaskExecutor now = new SynchronousTaskExecutor();
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> TaskHandle submit(Task<T> task) {
        held.add(task);
        return new CancelFlag();
    }

    @Override
    public <T> TaskHandle submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancelFlag handle = new CancelFlag();
        held.add(() -> now.submit(work, r -> {
            if (!handle.isCancelled()) {
                onSuccess.accept(r);
            }
        }, e -> {
            if (!handle.isCancelled()) {
                onFailure.accept(e);
            }
        }));
        return handle;
    }

    /** Runs everything held, oldest first, including what running it submits. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }

    /** How many pieces wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the piece submitted last, before the older ones. */
    public void runNewest() {
        held.pollLast().run();
    }

    @Override
    public void close() {
        held.clear();
    }
}
