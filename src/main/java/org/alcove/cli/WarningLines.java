package org.alcove.cli;

import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Warnings logged while a command runs (a write-ahead log that could not be copied back after a
 * full disk, say) reach stderr as one line each, {@code alcove: warning: <message>}, instead of
 * java.util.logging's two-line default with a time stamp and a class name. Left alone when the
 * user configures logging themselves ({@code -Djava.util.logging.config.file=...}).
 */
final class WarningLines extends Handler {
    private final PrintWriter err;

    private WarningLines(PrintWriter err) {
        this.err = err;
        setLevel(Level.WARNING);
        setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return "alcove: warning: " + formatMessage(r).replace('\n', ' ');
            }
        });
    }

    /** Replaces the root logger's handlers with one writing warnings to {@code err}, one line each. */
    static void install(PrintWriter err) {
        if (System.getProperty("java.util.logging.config.file") != null || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new WarningLines(err));
    }

    @Override
    public void publish(LogRecord r) {
        if (isLoggable(r)) {
            err.println(getFormatter().format(r));
            err.flush();
        }
    }

    @Override
    public void flush() {
        err.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
