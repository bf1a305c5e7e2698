package org.alcove.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.concurrent.Task;

/**
 * Holds background work until the test runs it, as a slow database would, so a test decides the
 * order in which answers arrive. Each piece runs as {@link SynchronousTaskExecutor} runs it.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final SynchronousTaskExecutor now = new SynchronousTaskExecutor();
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void submit(Task<T> task) {
        held.add(task);
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        held.add(() -> now.submit(work, onSuccess, onFailure));
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
