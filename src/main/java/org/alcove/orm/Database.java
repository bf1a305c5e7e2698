package org.alcove.orm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.dialect.PostgresDialect;
import org.alcove.orm.internal.dialect.PostgresUrl;
import org.alcove.orm.internal.dialect.Sql;
import org.alcove.orm.internal.dialect.SqliteDialect;

/**
 * An open database: the explicit handle every query goes through (there is no global state).
 *
 * <pre>{@code
 * try (Database db = Database.open(Path.of("library.alcove"), Author.class, Book.class)) {
 *     Author austen = db.objects(Author.class).get("name", "Jane Austen");
 *     db.atomic(() -> db.objects(Book.class).filter("author", austen).update("pages", F.of("pages").plus(1)));
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final String location;
    private final Dialect dialect;
    private final Executor executor;
    private final List<Class<? extends Model>> models;
    private final boolean readOnly;

    private Database(Path file, String location, Dialect dialect, Executor executor, List<Class<? extends Model>> models, boolean readOnly) {
        this.file = file;
        this.location = location;
        this.readOnly = readOnly;
        this.dialect = dialect;
        this.executor = executor;
        this.models = models;
    }

    /**
     * Opens (creating if needed) the SQLite file, with foreign keys on, WAL, a busy timeout and
     * synchronous=NORMAL (SQLite is the embedded default dialect). The models are registered so that relations between them resolve.
     */
    @SafeVarargs
    public static Database open(Path file, Class<? extends Model>... models) {
        Dialect dialect = new SqliteDialect();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new DatabaseError("Cannot open " + file + ": the folder " + parent + " does not exist");
        }
        List<Class<? extends Model>> registered = registered(models); // before connecting: a bad model leaves no connection open
        Connection primary = connect(file, dialect, false, false);
        Executor executor = new Executor(dialect, primary, () -> connect(file, dialect, false, false), () -> dialect.logBytes(file));
        return new Database(file, file.toString(), dialect, executor, registered, false);
    }

    /** Whether {@code where} names a database on a server ({@code postgresql://...}) rather than a file. */
    public static boolean isServer(String where) {
        return PostgresUrl.isUrl(where);
    }

    /**
     * Opens the database {@code where} names: a PostgreSQL server's database by its connection
     * string, {@code postgresql://user@host:5432/name} (the password from {@code PGPASSWORD} or
     * {@code ~/.pgpass}, never in the string), or else a SQLite file as {@link #open} does.
     *
     * <pre>{@code
     * try (Database db = Database.connect("postgresql://library@school-server/catalogue", Author.class, Book.class)) { ... }
     * }</pre>
     */
    @SafeVarargs
    public static Database connect(String where, Class<? extends Model>... models) {
        if (!PostgresUrl.isUrl(where)) {
            return open(Path.of(where), models);
        }
        PostgresUrl url = PostgresUrl.parse(where);
        Dialect dialect = new PostgresDialect();
        List<Class<? extends Model>> registered = registered(models);
        Supplier<Connection> connections = () -> {
            try {
                Connection c = url.connect();
                try {
                    dialect.configure(c);
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
                return c;
            } catch (SQLException e) {
                throw dialect.translate(e, null);
            }
        };
        Executor executor = new Executor(dialect, connections.get(), connections, () -> 0L);
        return new Database(null, url.toString(), dialect, executor, registered, false);
    }

    /**
     * Opens an existing SQLite file read-only, for a file or folder that cannot be written (a
     * read-only mount, a folder of someone else's): every write fails with a {@link DatabaseError}.
     * With {@code immutable}, the file is taken not to change while it is open (read-only media),
     * which lets SQLite read it without the lock and log files it would otherwise create beside it.
     */
    @SafeVarargs
    public static Database openReadOnly(Path file, boolean immutable, Class<? extends Model>... models) {
        Dialect dialect = new SqliteDialect();
        if (!Files.isRegularFile(file)) {
            throw new DatabaseError("Cannot open " + file + " read-only: there is no such file");
        }
        List<Class<? extends Model>> registered = registered(models);
        Supplier<Connection> readOnly = () -> connect(file, dialect, true, immutable);
        Executor executor = new Executor(dialect, readOnly.get(), readOnly, () -> 0L);
        return new Database(file, file.toString(), dialect, executor, registered, true);
    }

    /** Whether this database was opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Does ahead of time what the first {@link #open} would: loads the driver and its native
     * library and resolves the models. An application calls it on a background thread at start-up
     * so that opening its file later is quick.
     */
    @SafeVarargs
    public static void preload(Class<? extends Model>... models) {
        new SqliteDialect().preload();
        for (Class<? extends Model> m : models) {
            ModelMeta.of(m);
        }
    }

    @SafeVarargs
    private static List<Class<? extends Model>> registered(Class<? extends Model>... models) {
        List<Class<? extends Model>> registered = new ArrayList<>();
        for (Class<? extends Model> m : models) {
            ModelMeta.of(m);
            registered.add(m);
        }
        return List.copyOf(registered);
    }

    private static Connection connect(Path file, Dialect dialect, boolean readOnly, boolean immutable) {
        try {
            Connection c = readOnly ? dialect.connectReadOnly(file, immutable) : dialect.connect(file);
            try {
                if (readOnly) {
                    dialect.configureReadOnly(c);
                } else {
                    dialect.configure(c);
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw dialect.translate(e, null);
        }
    }

    /** The file this database lives in; null for a database on a server. */
    public Path file() {
        return file;
    }

    /** Where this database is: its file, or its server's connection string (no password is ever in it). */
    public String location() {
        return location;
    }

    /** {@code identifier} (a table or column name) quoted for SQL written by hand, as the ORM quotes it. */
    public String quote(String identifier) {
        return dialect.quote(identifier);
    }

    /** The SQL dialect: internal to the ORM (its packages use it); code outside the ORM quotes with {@link #quote}. */
    public Dialect dialect() {
        return dialect;
    }

    /** The models registered when opening. */
    public List<Class<? extends Model>> models() {
        return models;
    }

    Executor executor() {
        return executor;
    }

    /** All rows of a model, as a QuerySet to refine: {@code db.objects(Book.class).filter(...)}. */
    public <T extends Model> QuerySet<T> objects(Class<T> model) {
        ModelMeta<T> meta = ModelMeta.of(model);
        return new QuerySet<>(this, meta, Query.of(meta, dialect), QuerySet.Mode.MODELS);
    }

    /** A schema editor for creating and altering tables (migrations drive it). */
    public SchemaEditor schemaEditor() {
        return new SchemaEditor(this);
    }

    // ---- transactions --------------------------------------------------------------------

    /**
     * Runs {@code block} in a transaction; inside another atomic block, in a savepoint, so that a
     * failure rolls back only this block. Exceptions propagate after the rollback.
     */
    public void atomic(Runnable block) {
        executor.atomic(() -> {
            block.run();
            return null;
        });
    }

    /** Runs {@code block} in a transaction (or savepoint) and returns its result. */
    public <R> R atomic(Supplier<R> block) {
        return executor.atomic(block);
    }

    /** Whether the calling thread is inside an atomic block. */
    public boolean inTransaction() {
        return executor.inTransaction();
    }

    // ---- raw SQL and instrumentation ----------------------------------------------------

    /** Runs a write statement with bound parameters; returns rows changed. */
    public int execute(String sql, Object... params) {
        return executor.update(sql, Arrays.asList(params));
    }

    /** Runs a statement that takes no parameters, e.g. DDL or a PRAGMA. */
    public void executeScript(String sql) {
        executor.executeRaw(sql);
    }

    /** Runs a query with bound parameters, mapping each row. */
    public <R> List<R> query(String sql, List<?> params, RowMapper<R> mapper) {
        return executor.query(sql, new ArrayList<>(params), rs -> {
            List<R> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        });
    }

    /** Calls {@code listener} with every statement run from now on, until the returned handle is closed. */
    public AutoCloseable onQuery(Consumer<ExecutedQuery> listener) {
        executor.addListener(listener);
        return () -> executor.removeListener(listener);
    }

    /** The statements {@code block} ran, in order (Django's {@code CaptureQueriesContext}). */
    public List<ExecutedQuery> captureQueries(Runnable block) {
        List<ExecutedQuery> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        Consumer<ExecutedQuery> listener = q -> {
            if (Thread.currentThread() == caller) {
                seen.add(q);
            }
        };
        executor.addListener(listener);
        try {
            block.run();
        } finally {
            executor.removeListener(listener);
        }
        return List.copyOf(seen);
    }

    /** Writes a consistent copy of the database to {@code target} while it stays open (online backup). */
    public void backup(Path target) {
        if (Files.exists(target)) {
            throw new DatabaseError("will not overwrite " + target + ": choose a new file for the backup");
        }
        executor.withPrimary(unused -> {
            dialect.backup(executor.primaryConnection(), target);
            return null;
        });
    }

    /** What a quick structural check of the database finds wrong; empty when it is intact. */
    public List<String> integrityProblems() {
        return executor.withPrimary(unused -> dialect.integrityProblems(executor.primaryConnection()));
    }

    /** The names of the tables in the database. */
    public List<String> tableNames() {
        return executor.withPrimary(unused -> dialect.tableNames(executor.primaryConnection()));
    }

    // ---- instances -----------------------------------------------------------------------

    /** Inserts {@code obj} (no id yet) or updates its row; binds it to this database. */
    public <T extends Model> T save(T obj) {
        Writer.save(this, obj);
        return obj;
    }

    DeleteResult delete(Model obj) {
        Query q = Query.of(ModelMeta.of(obj.getClass()), dialect);
        q.where.add(new Sql().append(q.col(q.base, q.model.pk()) + " = ").param(obj.id));
        DeleteResult r = new Deleter(this).delete(q);
        obj.id = null;
        return r;
    }

    void refresh(Model obj) {
        Model fresh = objects(obj.getClass()).get("pk", obj.id);
        ModelMeta<?> meta = ModelMeta.of(obj.getClass());
        for (FieldMeta f : meta.fields()) {
            f.set(obj, f.get(fresh));
        }
        obj.deferred = 0;
        obj.prefetched = null; // the related rows prefetched before may have changed too
    }

    void loadDeferred(Model obj, String field) {
        ModelMeta<?> meta = ModelMeta.of(obj.getClass());
        FieldMeta f = meta.field(field).orElseThrow(() -> new FieldError("No field '" + field + "' on " + meta.label()));
        if ((obj.deferred & (1L << f.index)) == 0) {
            return;
        }
        boolean all = obj.deferred == meta.allFieldsMask();
        List<FieldMeta> load = new ArrayList<>();
        for (FieldMeta x : meta.fields()) {
            if (x.index > 0 && (all ? (obj.deferred & (1L << x.index)) != 0 : x == f)) {
                load.add(x);
            }
        }
        Sql sql = new Sql().append("SELECT ");
        for (int i = 0; i < load.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dialect.quote(load.get(i).column()));
        }
        sql.append(" FROM ").append(dialect.quote(meta.table())).append(" WHERE \"id\" = ").param(obj.id);
        boolean found = executor.query(sql, rs -> {
            if (!rs.next()) {
                return false;
            }
            for (int i = 0; i < load.size(); i++) {
                load.get(i).set(obj, Hydrator.read(this, rs, i + 1, load.get(i)));
            }
            return true;
        });
        if (!found) {
            throw new DoesNotExist(meta.label() + " matching query does not exist (id " + obj.id + ").");
        }
        for (FieldMeta x : load) {
            obj.deferred &= ~(1L << x.index);
        }
    }

    /** Counts of rows per table, e.g. to check a catalogue holds data. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String t : tableNames()) {
            counts.put(t, executor.query("SELECT COUNT(*) FROM " + dialect.quote(t), List.of(), rs -> rs.next() ? rs.getLong(1) : 0L));
        }
        return counts;
    }

    @Override
    public void close() {
        executor.close();
    }

    @Override
    public String toString() {
        return "Database[" + location + "]";
    }
}
