package org.alcove.orm.internal.dialect;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * What differs between database engines: quoting, types, the SQL of the lookups SQL has no
 * portable form for, how values are bound and read, schema statements and error translation.
 * {@link SqliteDialect} is the embedded default, {@link PostgresDialect} the shared server; nothing
 * engine-specific lives outside a dialect.
 */
public interface Dialect {

    /** The engine's name, e.g. {@code sqlite}. */
    String name();

    /** Loads the driver (and any native library it needs) ahead of the first connection. */
    default void preload() {
    }

    /** Opens a connection to the database in {@code file} (not yet configured). */
    Connection connect(Path file) throws SQLException;

    /**
     * Opens a read-only connection to the database in {@code file} (not yet configured), for a file
     * or folder that cannot be written. With {@code immutable} the file is taken not to change while
     * it is open (read-only media): no lock and no log file beside it are needed.
     */
    default Connection connectReadOnly(Path file, boolean immutable) throws SQLException {
        throw new SQLException(name() + " cannot open a database read-only");
    }

    /** The statement that starts an outermost transaction that will write. */
    default String beginTransaction() {
        return "BEGIN";
    }

    /** Prepares a new connection: pragmas, user functions. */
    void configure(Connection connection) throws SQLException;

    /** Prepares a new read-only connection: what {@link #configure} does, minus settings that would write. */
    default void configureReadOnly(Connection connection) throws SQLException {
        configure(connection);
    }

    // ---- values ---------------------------------------------------------------------------

    /**
     * Binds one parameter. {@code value} is null, a String, Long, Integer, Double, BigDecimal,
     * Boolean, LocalDate or LocalDateTime (choices, models and enums are codes, ids and names by
     * now), bound in this database's form of it.
     */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Appends a constant of an expression ({@code Value}, a number in {@code F.of("pages").div(10)}): a bound parameter. */
    default void value(Sql sql, Object value) {
        sql.param(value);
    }

    /** The date in {@code column}, or null. */
    LocalDate readDate(ResultSet rows, int column) throws SQLException;

    /** The date and time in {@code column}, or null. */
    LocalDateTime readDateTime(ResultSet rows, int column) throws SQLException;

    /** The boolean in {@code column}, or null. */
    Boolean readBoolean(ResultSet rows, int column) throws SQLException;

    /** The decimal number in {@code column}, or null. */
    BigDecimal readDecimal(ResultSet rows, int column) throws SQLException;

    /**
     * The value bound as the first ({@code start}) or last day of {@code year}, for the year
     * lookups that compare a date (or, with {@code dateTime}, a date and time: its first or last
     * microsecond) against a range so an index serves them.
     */
    Object yearBound(int year, boolean start, boolean dateTime);

    /**
     * Whether changes that ALTER TABLE cannot make here are made by rebuilding the table (SQLite);
     * otherwise every field change is ALTER TABLE statements ({@link #alterColumn}).
     */
    default boolean rebuildsTables() {
        return false;
    }

    /**
     * The statements changing column {@code from} of {@code table} into {@code to} in place (its
     * name, type, nullability, default, uniqueness, reference), for a dialect that does not
     * {@link #rebuildsTables rebuild tables}.
     */
    default List<String> alterColumn(String table, ColumnDef from, ColumnDef to) {
        throw new UnsupportedOperationException(name() + " rebuilds tables instead");
    }

    /** The identifier quoted for use in SQL. */
    String quote(String identifier);

    /** The largest number of bind variables one statement may carry. */
    int maxVariables();

    /** Appends {@code LIMIT/OFFSET} for a slice; {@code limit} may be null for "to the end". */
    void limitOffset(Sql sql, Long limit, long offset);

    /**
     * Appends a text comparison of {@code lhs} against {@code value}. {@code lookup} is one of
     * exact-case {@code contains, startswith, endswith} or case-insensitive
     * {@code iexact, icontains, istartswith, iendswith}; {@code %}, {@code _} and {@code \} match
     * literally, and case folding covers all of Unicode.
     */
    void textMatch(Sql sql, String lhs, String lookup, String value);

    /**
     * Appends a text comparison of {@code lhs} against {@code value} with the accents of both
     * removed ({@link org.alcove.orm.Unaccent}): {@code lookup} is {@code exact} or one of
     * {@link #textMatch}'s.
     */
    void unaccentMatch(Sql sql, String lhs, String lookup, String value);

    /** Appends a regular-expression match of {@code lhs} against {@code pattern}. */
    void regexMatch(Sql sql, String lhs, String pattern, boolean caseInsensitive);

    /** The name of a standard SQL function in this database ({@code GREATEST} is {@code MAX} on SQLite). */
    default String function(String name) {
        return name;
    }

    /**
     * Appends a text lookup ({@code contains}, {@code istartswith}, ...) of {@code lhs} against
     * another expression {@code rhs} (markers to be replaced by their SQL), not a constant.
     */
    void textMatchExpression(Sql sql, String lhs, String lookup, String rhs);

    /**
     * The SQL extracting {@code part} of a date expression as an integer: year, month, day, quarter,
     * week_day (1 = Sunday), iso_week_day (1 = Monday), week and iso_year (ISO-8601), as Django's.
     */
    String dateExtract(String part, String dateSql);

    /**
     * The SQL of a date ({@code dateTime} false) or date-and-time expression cut down to the start
     * of its {@code kind}: year, quarter, month, week (its Monday), day; for a date and time also
     * hour, minute and second. The value keeps the expression's form (a date stays a date).
     */
    String dateTrunc(String kind, String sql, boolean dateTime);

    /** The SQL of the current local date and time, as a {@code DateTimeField} stores it. */
    String now();

    /** Whether grouping by a table's primary key lets the query select its other columns. */
    boolean groupByPrimaryKeyCoversTable();

    /** The SQL type of a column. */
    String columnType(ColumnDef column);

    /** What follows {@code NOT NULL PRIMARY KEY} for the id column: how the engine numbers new rows. */
    String autoIdClause();

    /** The column's definition inside CREATE TABLE or ADD COLUMN. */
    default String columnDefinition(ColumnDef c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(columnType(c));
        if (c.isPrimaryKey()) {
            return b.append(" NOT NULL PRIMARY KEY ").append(autoIdClause()).toString();
        }
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.unique()) {
            b.append(" UNIQUE");
        }
        if (c.defaultSql() != null) {
            b.append(" DEFAULT ").append(c.defaultSql());
        }
        if (c.kind() == org.alcove.orm.FieldKind.POSITIVE_INTEGER) {
            b.append(" CHECK (").append(quote(c.name())).append(" >= 0)");
        }
        if (c.kind() == org.alcove.orm.FieldKind.FOREIGN_KEY && c.references() != null) {
            b.append(" REFERENCES ").append(quote(c.references())).append(" (\"id\") DEFERRABLE INITIALLY DEFERRED");
        }
        return b.toString();
    }

    /** {@code CREATE TABLE} for a table, constraints included. */
    default String createTable(TableDef table) {
        List<String> parts = new java.util.ArrayList<>();
        for (ColumnDef c : table.columns()) {
            parts.add(columnDefinition(c));
        }
        return "CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * Statements around building several indexes of a large table at once (after a bulk load):
     * the first runs before them, the second after; null for none.
     */
    default String[] aroundIndexBuilds() {
        return null;
    }

    /** {@code CREATE INDEX} (or a unique one) on a table; a column named {@code -x} is descending. */
    default String createIndex(String table, IndexDef index) {
        List<String> cols = new java.util.ArrayList<>();
        for (String c : index.columns()) {
            cols.add(c.startsWith("-") ? quote(c.substring(1)) + " DESC" : quote(c));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(table) + " (" + String.join(", ", cols) + ")";
    }

    /** {@code DROP INDEX}. */
    default String dropIndex(String table, String indexName) {
        return "DROP INDEX " + quote(indexName);
    }

    /** The SQL literal of a Java value, for column defaults in schema statements only. */
    String literal(Object value);

    /** The statement asking how {@code select} would run, without running it (its query plan). */
    String explain(String select);

    /** The rows of an {@link #explain} statement as readable lines, one step of the plan a line. */
    String plan(ResultSet rows) throws SQLException;

    /**
     * A statement that folds the write-ahead log back into the database file, run on a connection
     * of its own once commits have grown the log past a few MiB (by the committing connection
     * itself past 64 MiB); null when there is no log.
     */
    default String checkpointStatement() {
        return null;
    }

    /**
     * The size of the write-ahead log of the database at {@code file}, in bytes (0 when none).
     *
     * @param file the database file
     * @return the log's size
     */
    default long logBytes(java.nio.file.Path file) {
        return 0;
    }

    /** Translates a driver exception into the ORM's own error type. */
    DatabaseError translate(SQLException e, String sql);

    /** Copies the open database to {@code target} while it stays in use (an online backup). */
    void backup(Connection connection, Path target) throws SQLException;

    /**
     * What a quick check of the database's structure finds wrong (SQLite's {@code PRAGMA quick_check}):
     * nothing when it is intact.
     */
    List<String> integrityProblems(Connection connection) throws SQLException;

    /** Statements listing user tables, for introspection: name of each table. */
    List<String> tableNames(Connection connection) throws SQLException;

    // ---- schema alteration (migrations) ---------------------------------------------------

    /** {@code ALTER TABLE ... ADD COLUMN}. */
    default String addColumn(String table, ColumnDef column) {
        return "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(column);
    }

    /** {@code ALTER TABLE ... DROP COLUMN}; only for columns no index or constraint uses. */
    default String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    /** {@code ALTER TABLE ... RENAME COLUMN}. */
    default String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    /** {@code ALTER TABLE ... RENAME TO}. */
    default String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    /**
     * The statements that rebuild {@code table} into its new definition (what SQLite needs for
     * changes ALTER TABLE cannot make): create the new table under a temporary name, copy the rows
     * with {@code copy} (new column name to an expression over the old table's columns; columns
     * not named take their default), drop the old table, rename the new one, recreate its indexes.
     */
    List<String> rebuildTable(TableDef table, java.util.Map<String, String> copy);

    /** The expression converting an old column's value to the new column's type and nullability. */
    String convertColumn(ColumnDef from, ColumnDef to);

    /** The statement turning foreign-key enforcement on or off, or null when the engine has none to toggle. */
    default String foreignKeysSql(boolean on) {
        return null;
    }

    /** A query returning one row per broken foreign-key reference, or null when the engine checks them itself. */
    default String foreignKeyCheckSql() {
        return null;
    }

    /** A statement checking the deferred constraints at once (inside a transaction), or null when {@link #foreignKeyCheckSql} lists them instead. */
    default String checkConstraintsNowSql() {
        return null;
    }

    /** A statement deferring the deferrable constraints to COMMIT again after {@link #checkConstraintsNowSql}, or null. */
    default String deferConstraintsSql() {
        return null;
    }

    /**
     * How many rows a streaming read fetches at a time on a connection of its own with autocommit off,
     * or 0 when the driver streams a result by itself (sqlite-jdbc steps through it row by row).
     */
    default int streamingFetchSize() {
        return 0;
    }

    /**
     * A query setting a table's id generator past its largest id, after rows were inserted with their
     * ids given (a copy of a database); null when the engine does so itself (SQLite's rowid).
     */
    default String identityResetSql(String table, String idColumn) {
        return null;
    }

    /** The names of a table's columns, in order. */
    List<String> columnNames(Connection connection, String table) throws SQLException;

    /** The indexes on a table (unique ones included), with their columns, sorted by name; not partial indexes, whose conditions an IndexDef cannot carry. */
    List<IndexDef> indexes(Connection connection, String table) throws SQLException;
}
