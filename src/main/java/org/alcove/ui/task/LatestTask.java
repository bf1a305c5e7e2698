package org.alcove.ui.task;

import java.util.function.Supplier;

/**
 * The newest of a kind of work (the search the user typed last, the book selected last): starting
 * one cancels the one before, so a slow old result never overwrites a newer one.
 *
 * <pre>{@code
 * search.start(() -> executor.submit(() -> browser.page(filter), rows::setAll, this::showError));
 * }</pre>
 */
public final class LatestTask {
    private TaskHandle current = TaskHandle.DONE;

    /** Cancels the work started before, then starts {@code submit}'s. Call on the FX thread. */
    public void start(Supplier<TaskHandle> submit) {
        current.cancel();
        current = submit.get();
    }

    /** Cancels the work started last, if it is still running. */
    public void cancel() {
        current.cancel();
    }
}
