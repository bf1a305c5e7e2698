package org.alcove.ui.task;

/**
 * Work handed to a {@link TaskExecutor}: cancel it, and its result or failure is never delivered
 * (the work itself may still finish in the background; database work is not interrupted midway).
 */
public interface TaskHandle {
    /** A handle of work that is over: cancelling it changes nothing. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
            // nothing left to deliver
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Drops the result: neither callback runs after this (on the FX thread). */
    void cancel();

    boolean isCancelled();
}
