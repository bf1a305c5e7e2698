package org.alcove.orm;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Folds the write-ahead log back into the database file on a thread and connection of its own,
 * once a commit has left more than {@link #THRESHOLD_BYTES} in the log. A commit then returns as
 * soon as its pages are in the log: the copy back and its sync no longer hold up the writer (with
 * SQLite's automatic checkpoint they ran inside the commit, e.g. 320 of the 430 ms of a cascade
 * delete touching 1,224 rows spread over six indexes).
 *
 * <p>A commit that leaves more than {@link #INLINE_BYTES} (a large import) is the exception: the
 * committing thread copies it back itself before returning, since every read after it would
 * otherwise go through the log while the copy competes with it (the benchmark's first queries after
 * importing 500,000 books ran up to 1.5 times slower with the copy in the background).
 *
 * <p>Signals coalesce: while a checkpoint runs, further commits queue at most one more.
 */
final class Checkpointer implements AutoCloseable {

    /** About SQLite's own automatic checkpoint (1,000 pages of 4 KiB). */
    static final long THRESHOLD_BYTES = 4L << 20;
    /** A log this large is copied back by the committing thread: see the class comment. */
    static final long INLINE_BYTES = 64L << 20;

    private static final System.Logger LOG = System.getLogger("org.alcove.orm.sql");
    private static final Object STOP = new Object();

    private final String statement;
    private final Supplier<Connection> connections;
    private final LongSupplier logBytes;
    private final AtomicLong completed = new AtomicLong();
    private final BlockingQueue<Object> signals = new ArrayBlockingQueue<>(1);
    /** Held while a checkpoint runs, by the background thread or a committing thread. */
    private final ReentrantLock running = new ReentrantLock();
    private Thread thread;
    private boolean closed;

    /**
     * @param statement the dialect's checkpoint statement
     * @param connections opens the checkpoint's own connection (once, on first use)
     * @param logBytes the current size of the log
     */
    Checkpointer(String statement, Supplier<Connection> connections, LongSupplier logBytes) {
        this.statement = statement;
        this.connections = connections;
        this.logBytes = logBytes;
    }

    /** How many background checkpoints have run without an error (whether or not SQLite could copy every page). */
    long completed() {
        return completed.get();
    }

    /**
     * Called after every commit: asks for a background checkpoint when the log has grown past
     * {@link #THRESHOLD_BYTES}.
     *
     * @return true when the log is past {@link #INLINE_BYTES} and the caller should checkpoint now itself
     */
    synchronized boolean afterCommit() {
        long size = logBytes.getAsLong();
        if (closed || size < THRESHOLD_BYTES) {
            return false;
        }
        if (size >= INLINE_BYTES) {
            return true;
        }
        if (thread == null) {
            thread = new Thread(this::run, "alcove-checkpoint");
            thread.setDaemon(true);
            thread.start();
        }
        signals.offer(Boolean.TRUE); // already one pending: that one covers this commit too
        return false;
    }

    private void run() {
        Connection connection = null;
        try {
            while (signals.take() != STOP) {
                try {
                    if (connection == null) {
                        connection = connections.get();
                    }
                    checkpoint(connection);
                    completed.incrementAndGet();
                } catch (SQLException | RuntimeException e) {
                    // The next commit's signal tries again, on a fresh connection.
                    failed(e);
                    closeQuietly(connection);
                    connection = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(connection);
        }
    }

    private void checkpoint(Connection connection) throws SQLException {
        running.lock();
        try (Statement s = connection.createStatement()) {
            long start = System.nanoTime();
            s.execute(statement);
            long nanos = System.nanoTime() - start;
            LOG.log(System.Logger.Level.DEBUG, () -> String.format("(%.3f ms) %s in the background", nanos / 1e6, statement));
        } finally {
            running.unlock();
        }
    }

    /**
     * Runs the committing thread's own checkpoint ({@code inline}) once no background checkpoint
     * is running: SQLite lets one checkpoint run at a time and answers a second with "busy" rather
     * than an error, which would leave the large log in place.
     */
    void runInline(Runnable inline) {
        running.lock();
        try {
            inline.run();
        } finally {
            running.unlock();
        }
    }

    /**
     * Logs a checkpoint that failed. A busy catalogue (another connection reading or writing) is
     * routine and the next commit tries again: DEBUG. Anything else (a full disk, an I/O error)
     * leaves the log growing beside the catalogue: a WARNING the user sees.
     */
    static void failed(Exception e) {
        if (isBusy(e)) {
            LOG.log(System.Logger.Level.DEBUG, "checkpoint skipped: " + e.getMessage());
        } else {
            LOG.log(System.Logger.Level.WARNING, "The write-ahead log could not be copied back into the catalogue (" + e.getMessage()
                    + "); it is kept beside the catalogue, nothing in it is lost, and the copy is tried again after the next change");
        }
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ((sql.getErrorCode() & 0xff) == 5 || (sql.getErrorCode() & 0xff) == 6)) {
                return true; // SQLITE_BUSY, SQLITE_LOCKED
            }
        }
        return false;
    }

    /** Whether the background thread has been started and not stopped yet. */
    synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    /** Stops the thread, letting a running checkpoint finish, and closes its connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
            signals.clear();
            signals.offer(STOP);
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
