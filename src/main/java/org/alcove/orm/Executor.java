package org.alcove.orm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.dialect.Sql;

/**
 * The one place statements run: binds parameters, caches prepared statements, translates errors,
 * times each statement and tells the listeners. A thread inside a transaction owns the primary
 * connection; reads from other threads meanwhile go to a second connection that sees the last
 * committed state, so a long import never stalls the window.
 */
final class Executor implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.alcove.orm.sql");

    /** Reads a result set; may throw SQLException. */
    @FunctionalInterface
    interface ResultReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** A connection with its own statement cache and lock. */
    private static final class Channel {
        final Connection connection;
        final ReentrantLock lock = new ReentrantLock();
        final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() > 128) {
                    closeQuietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };

        Channel(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        /** Closes the cached statements, then the connection. */
        void close() {
            statements.values().forEach(Executor::closeQuietly);
            statements.clear();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private final Dialect dialect;
    private final Channel primary;
    private final java.util.function.Supplier<Connection> readerFactory;
    private volatile Channel reader;
    private final List<Consumer<ExecutedQuery>> listeners = new CopyOnWriteArrayList<>();
    private int transactionDepth;
    private int savepoints;
    /** Folds the write-ahead log back in the background; null when the dialect has no log. */
    private final Checkpointer checkpointer;

    Executor(Dialect dialect, Connection primary, java.util.function.Supplier<Connection> readerFactory,
            java.util.function.LongSupplier logBytes) {
        this.dialect = dialect;
        this.primary = new Channel(primary);
        this.readerFactory = readerFactory;
        String checkpoint = dialect.checkpointStatement();
        this.checkpointer = checkpoint == null ? null : new Checkpointer(checkpoint, readerFactory, logBytes);
    }

    Connection primaryConnection() {
        return primary.connection;
    }

    void addListener(Consumer<ExecutedQuery> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<ExecutedQuery> listener) {
        listeners.remove(listener);
    }

    /** Runs a query and reads its results. */
    <R> R query(Sql sql, ResultReader<R> reader) {
        return query(sql.text(), sql.params(), reader);
    }

    <R> R query(String text, List<Object> params, ResultReader<R> resultReader) {
        requireNoOuterRef(text);
        Channel ch = acquireForRead();
        long start = System.nanoTime();
        try {
            PreparedStatement ps = ch.prepare(text);
            bind(ps, params);
            R result;
            try (ResultSet rs = ps.executeQuery()) {
                result = resultReader.read(rs);
            }
            report(text, params, start);
            return result;
        } catch (SQLException e) {
            throw dialect.translate(e, text);
        } finally {
            ch.lock.unlock();
        }
    }

    /** Runs a write statement; returns the number of rows changed. */
    int update(Sql sql) {
        return update(sql.text(), sql.params());
    }

    int update(String text, List<Object> params) {
        requireNoOuterRef(text);
        primary.lock.lock();
        long start = System.nanoTime();
        try {
            PreparedStatement ps = primary.prepare(text);
            bind(ps, params);
            int n = ps.executeUpdate();
            report(text, params, start);
            afterWrite();
            return n;
        } catch (SQLException e) {
            throw dialect.translate(e, text);
        } finally {
            primary.lock.unlock();
        }
    }

    /** Runs a write statement with a RETURNING clause on the primary connection. */
    <R> R updateReturning(Sql sql, ResultReader<R> reader) {
        primary.lock.lock();
        long start = System.nanoTime();
        try {
            PreparedStatement ps = primary.prepare(sql.text());
            bind(ps, sql.params());
            R result;
            try (ResultSet rs = ps.executeQuery()) {
                result = reader.read(rs);
            }
            report(sql.text(), sql.params(), start);
            afterWrite();
            return result;
        } catch (SQLException e) {
            throw dialect.translate(e, sql.text());
        } finally {
            primary.lock.unlock();
        }
    }

    /** Runs one statement many times with different parameters, as a JDBC batch. */
    int[] batch(String text, List<List<Object>> rows) {
        primary.lock.lock();
        long start = System.nanoTime();
        try {
            PreparedStatement ps = primary.prepare(text);
            for (List<Object> row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            report(text, List.of("batch of " + rows.size()), start);
            afterWrite();
            return counts;
        } catch (SQLException e) {
            throw dialect.translate(e, text);
        } finally {
            primary.lock.unlock();
        }
    }

    /** Runs a statement without parameters or caching (schema changes, pragmas). */
    void executeRaw(String text) {
        primary.lock.lock();
        long start = System.nanoTime();
        try (Statement s = primary.connection.createStatement()) {
            s.execute(text);
            report(text, List.of(), start);
        } catch (SQLException e) {
            throw dialect.translate(e, text);
        } finally {
            primary.lock.unlock();
        }
    }

    /**
     * Opens a cursor for streaming: a statement of its own, read row by row. The caller must close
     * it. It stays on the connection chosen when opened.
     */
    /** An OuterRef left in a statement means its QuerySet ran on its own, not inside another query. */
    private static void requireNoOuterRef(String text) {
        int at = text.indexOf(ExpressionCompiler.OUTER_START);
        if (at >= 0) {
            throw new OrmException("This queryset contains a reference to an outer query (OuterRef("
                    + text.substring(at + 1, text.indexOf(ExpressionCompiler.OUTER_END, at))
                    + ")) and may only be used in a Subquery or Exists");
        }
    }

    Cursor openCursor(Sql sql) {
        requireNoOuterRef(sql.text());
        int fetchSize = dialect.streamingFetchSize();
        if (fetchSize > 0 && !inTransaction()) {
            return openFetchingCursor(sql, fetchSize);
        }
        Channel ch = acquireForRead();
        long start = System.nanoTime();
        try {
            PreparedStatement ps = ch.connection.prepareStatement(sql.text());
            bind(ps, sql.params());
            ResultSet rs = ps.executeQuery();
            report(sql.text(), sql.params(), start);
            return new Cursor(ps, rs, e -> dialect.translate(e, sql.text()), null);
        } catch (SQLException e) {
            throw dialect.translate(e, sql.text());
        } finally {
            ch.lock.unlock();
        }
    }

    /**
     * A cursor on a connection of its own, in a read-only transaction (autocommit off), fetching
     * {@code fetchSize} rows at a time: the driver keeps one batch in memory, not the whole result.
     * Inside a transaction a stream reads on that transaction's connection instead, to see its writes.
     */
    private Cursor openFetchingCursor(Sql sql, int fetchSize) {
        Connection c = readerFactory.get();
        long start = System.nanoTime();
        try {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            PreparedStatement ps = c.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            bind(ps, sql.params());
            ResultSet rs = ps.executeQuery();
            report(sql.text(), sql.params(), start);
            return new Cursor(ps, rs, e -> dialect.translate(e, sql.text()), c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw dialect.translate(e, sql.text());
        }
    }

    /** Runs {@code block} in a transaction, or in a savepoint when one is open on this thread. */
    <R> R atomic(java.util.function.Supplier<R> block) {
        primary.lock.lock();
        try {
            boolean outermost = transactionDepth == 0;
            String savepoint = outermost ? null : "alcove_sp" + (++savepoints);
            executeRaw(outermost ? dialect.beginTransaction() : "SAVEPOINT " + savepoint);
            transactionDepth++;
            R result;
            try {
                result = block.get();
            } catch (RuntimeException | Error e) {
                transactionDepth--;
                undo(savepoint, e);
                throw e;
            }
            transactionDepth--;
            if (outermost) {
                try {
                    executeRaw("COMMIT");
                } catch (RuntimeException e) {
                    undo(null, e);
                    throw e;
                }
                committed();
            } else {
                executeRaw("RELEASE SAVEPOINT " + savepoint);
            }
            return result;
        } finally {
            primary.lock.unlock();
        }
    }

    /** After a write statement: outside a transaction it has committed already. Called holding the primary lock. */
    private void afterWrite() {
        if (transactionDepth == 0) {
            committed();
        }
    }

    /** The background checkpointer, or null (for tests). */
    Checkpointer checkpointer() {
        return checkpointer;
    }

    private void committed() {
        if (checkpointer != null && checkpointer.afterCommit()) {
            checkpointer.runInline(() -> { // a large import's log: folded back before returning
                try {
                    executeRaw(dialect.checkpointStatement());
                } catch (DatabaseError e) {
                    Checkpointer.failed(e);
                }
            });
        }
    }

    private void undo(String savepoint, Throwable cause) {
        try {
            if (savepoint == null) {
                executeRaw("ROLLBACK");
            } else {
                executeRaw("ROLLBACK TO SAVEPOINT " + savepoint);
                executeRaw("RELEASE SAVEPOINT " + savepoint);
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    boolean inTransaction() {
        return primary.lock.isHeldByCurrentThread() && transactionDepth > 0;
    }

    /** Runs {@code work} holding the primary connection, for operations that must not interleave. */
    <R> R withPrimary(ResultReader<R> work) {
        primary.lock.lock();
        try {
            return work.read(null);
        } catch (SQLException e) {
            throw dialect.translate(e, null);
        } finally {
            primary.lock.unlock();
        }
    }

    private Channel acquireForRead() {
        if (primary.lock.isHeldByCurrentThread()) {
            primary.lock.lock();
            return primary;
        }
        if (primary.lock.tryLock()) {
            return primary;
        }
        Channel r = reader;
        if (r == null) {
            synchronized (this) {
                if (reader == null) {
                    reader = new Channel(readerFactory.get());
                }
                r = reader;
            }
        }
        r.lock.lock();
        return r;
    }

    private void report(String text, List<Object> params, long start) {
        long nanos = System.nanoTime() - start;
        if (!listeners.isEmpty()) {
            ExecutedQuery q = new ExecutedQuery(text, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params)), nanos);
            for (Consumer<ExecutedQuery> l : listeners) {
                l.accept(q);
            }
        }
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, () -> String.format("(%.3f ms) %s %s", nanos / 1e6, text, params));
        }
    }

    /** Binds each parameter in the dialect's form of its value (ISO text for a date on SQLite, a date on PostgreSQL). */
    private void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            dialect.bind(ps, i + 1, Values.toDatabase(params.get(i)));
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        primary.lock.lock();
        try {
            if (reader != null) {
                reader.close();
            }
            primary.close();
        } finally {
            primary.lock.unlock();
        }
    }
}
