package org.alcove.ui.task;

/** A handle that is only a flag: set from the FX thread, read by a worker and by the FX thread. */
public final class CancelFlag implements TaskHandle {
    private volatile boolean cancelled;

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
