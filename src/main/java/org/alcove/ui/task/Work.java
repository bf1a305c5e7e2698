package org.alcove.ui.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;

/** Helpers for work handed to a {@link TaskExecutor}: file work as a {@link Supplier}, and its failures as a sentence. */
public final class Work {
    private Work() {
    }

    /** Work that reads or writes files. */
    @FunctionalInterface
    public interface IoWork<T> {
        T get() throws IOException;
    }

    /** {@code work} as a supplier for {@link TaskExecutor#submit}; an {@link IOException} travels as an {@link UncheckedIOException}. */
    public static <T> Supplier<T> io(IoWork<T> work) {
        return () -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A failure as a sentence for a dialog or a status line, never a stack trace. */
    public static String readable(Throwable error) {
        Throwable e = error instanceof UncheckedIOException u ? u.getCause() : error;
        if (e instanceof NoSuchFileException n) {
            return "There is no file " + n.getFile() + ".";
        }
        if (e instanceof AccessDeniedException a) {
            return "The file " + a.getFile() + " cannot be read or written (permission denied).";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "The file cannot be read (" + e.getClass().getSimpleName() + ").";
        }
        return m.endsWith(".") ? m : m + ".";
    }
}
