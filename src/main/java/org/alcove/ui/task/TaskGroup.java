package org.alcove.ui.task;

import java.util.ArrayList;
import java.util.List;

/** Work started for one purpose (the pages of one query): cancelled together when the purpose goes. */
public final class TaskGroup {
    private final List<TaskHandle> handles = new ArrayList<>();
    private boolean cancelled;

    /** Adds {@code handle} to the group; a handle added to a cancelled group is cancelled at once. */
    public TaskHandle add(TaskHandle handle) {
        if (cancelled) {
            handle.cancel();
        } else {
            handles.add(handle);
        }
        return handle;
    }

    /** Cancels every handle of the group, and those added later. */
    public void cancel() {
        cancelled = true;
        handles.forEach(TaskHandle::cancel);
        handles.clear();
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
