package org.alcove.orm.internal.dialect;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.FieldKind;
import org.alcove.orm.IsoDates;
import org.alcove.orm.Unaccent;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;
import org.sqlite.Function;

/**
 * SQLite, the embedded default. Connections get foreign keys on, WAL journaling, a busy timeout and
 * {@code synchronous=NORMAL}, plus two functions SQLite lacks: {@code alcove_fold} (Unicode case
 * folding, for the case-insensitive lookups) and {@code regexp} (Java's regular expressions).
 *
 * <p>SQLite's own {@code LIKE} folds ASCII only; case-insensitive lookups therefore compare with
 * {@code LIKE} where a value is plain ASCII (fast, native; told apart by {@code length <> octet_length})
 * and through {@code alcove_fold} otherwise, so {@code icontains("émile")} finds "Émile". Case-sensitive lookups use {@code GLOB}.
 */
public final class SqliteDialect implements Dialect {
    /** The page cache of a connection, in KiB as {@code PRAGMA cache_size} takes it (negative): 64 MiB. */
    private static final int CACHE_KIB = -65536;
    /** The page cache while indexes are built after a bulk load: SQLite sorts in up to that much memory, then in temporary files. */
    private static final int INDEX_BUILD_CACHE_KIB = -8192;

    /**
     * A sort to build an index fills memory up to the page cache's size before it spills to files:
     * with a smaller cache while building, a 2,000,000-book import builds its indexes in the same
     * memory as a 500,000-book one.
     */
    @Override
    public String[] aroundIndexBuilds() {
        return new String[] {"PRAGMA cache_size = " + INDEX_BUILD_CACHE_KIB, "PRAGMA cache_size = " + CACHE_KIB};
    }
    private static final Map<String, Pattern> REGEX_CACHE = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "sqlite";
    }

    /** sqlite-jdbc extracts and loads its native library on first use: a few hundred milliseconds. */
    @Override
    public void preload() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            // opening a database reports the problem with its own message
        }
    }

    @Override
    public Connection connect(Path file) throws SQLException {
        // The ORM reads new ids with RETURNING. The driver's own generated-keys support would leave
        // every cached INSERT statement "in progress", holding a read snapshot that blocks
        // checkpoints and VACUUM INTO.
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
    }

    /** A {@code file:} URI with {@code mode=ro}, and {@code immutable=1} when the file cannot change. */
    @Override
    public Connection connectReadOnly(Path file, boolean immutable) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        properties.setProperty("open_mode", "65"); // SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        String uri = file.toAbsolutePath().toUri().getRawPath();
        return DriverManager.getConnection("jdbc:sqlite:file:" + uri + "?mode=ro" + (immutable ? "&immutable=1" : ""), properties);
    }

    /** IMMEDIATE takes the write lock at once, so two writers wait (busy_timeout) instead of failing mid-way. */
    @Override
    public String beginTransaction() {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        configure(connection, false);
    }

    /** As {@link #configure}, but leaves the journal mode as the file has it: setting it would write. */
    @Override
    public void configureReadOnly(Connection connection) throws SQLException {
        configure(connection, true);
    }

    private void configure(Connection connection, boolean readOnly) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            if (!readOnly) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA cache_size = " + CACHE_KIB);
            // Sorts too large for the page cache (an index built at the end of a large import, an
            // ORDER BY without an index) spill to temporary files, not to memory: with MEMORY a
            // 2,000,000-book import peaked at 516 MB resident against 378 MB for 500,000 books.
            s.execute("PRAGMA temp_store = FILE");
            // Commits do not fold the log back themselves: the executor's background checkpoint does,
            // judging by the log file's size, so the file must shrink again once it restarts.
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("PRAGMA journal_size_limit = " + (1 << 20));
        }
        Function.create(connection, "alcove_fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                result(v == null ? null : fold(v));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "alcove_unaccent", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                result(v == null ? null : Unaccent.of(v));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "alcove_unaccent_fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                result(v == null ? null : Unaccent.folded(v));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "alcove_lower", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                result(v == null ? null : v.toLowerCase(Locale.ROOT));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "alcove_upper", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String v = value_text(0);
                result(v == null ? null : v.toUpperCase(Locale.ROOT));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "regexp", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String v = value_text(1);
                if (pattern == null || v == null) {
                    result();
                    return;
                }
                try {
                    result(REGEX_CACHE.computeIfAbsent(pattern, SqliteDialect::compileRegex).matcher(v).find() ? 1 : 0);
                } catch (PatternSyntaxException e) {
                    throw new SQLException("Invalid regular expression: " + e.getDescription());
                }
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }

    /**
     * A pattern of the regex lookups, Unicode-aware as Python's {@code re} (which Django's SQLite
     * backend uses): {@code \w}, {@code \d}, {@code \b} and case-insensitivity cover every script,
     * so {@code ^\w+$} matches "Émile".
     */
    static Pattern compileRegex(String pattern) {
        return Pattern.compile(pattern, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Unicode case folding as the case-insensitive lookups apply it. */
    public static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    @Override
    public String explain(String select) {
        return "EXPLAIN QUERY PLAN " + select;
    }

    /** Each row's detail ({@code SCAN book USING INDEX …}), indented two spaces under its parent. */
    @Override
    public String plan(ResultSet rows) throws SQLException {
        Map<Integer, Integer> depth = new HashMap<>();
        StringBuilder out = new StringBuilder();
        while (rows.next()) {
            int d = depth.getOrDefault(rows.getInt("parent"), -1) + 1;
            depth.put(rows.getInt("id"), d);
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("  ".repeat(d)).append(rows.getString("detail"));
        }
        return out.toString();
    }

    @Override
    public String checkpointStatement() {
        // PASSIVE never waits for readers (a window paging in the background must not stall a
        // checkpoint); once the log is fully copied back, new reads skip it and go to the file.
        return "PRAGMA wal_checkpoint(PASSIVE)";
    }

    @Override
    public long logBytes(Path file) {
        try {
            return Files.size(Path.of(file.toAbsolutePath() + "-wal"));
        } catch (IOException e) {
            return 0; // no log yet
        }
    }

    /** Dates and times as ISO text, booleans as 1 and 0, decimals as their plain text (Django's forms on SQLite). */
    @Override
    public void bind(PreparedStatement ps, int at, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(at, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(at, s);
        } else if (v instanceof Long l) {
            ps.setLong(at, l);
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Double d) {
            ps.setDouble(at, d);
        } else if (v instanceof BigDecimal d) {
            ps.setString(at, d.toPlainString());
        } else if (v instanceof LocalDate d) {
            ps.setString(at, IsoDates.dateText(d));
        } else if (v instanceof LocalDateTime t) {
            ps.setString(at, IsoDates.dateTimeText(t));
        } else if (v instanceof Boolean b) {
            ps.setInt(at, b ? 1 : 0);
        } else {
            ps.setObject(at, v);
        }
    }

    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoDates.date(s);
    }

    @Override
    public LocalDateTime readDateTime(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoDates.dateTime(s);
    }

    @Override
    public Boolean readBoolean(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return v == 0 && rs.wasNull() ? null : v != 0;
    }

    @Override
    public BigDecimal readDecimal(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : new BigDecimal(s);
    }

    /** ISO text, as the dates are stored: {@code 1813-01-01}, {@code 1813-12-31 23:59:59.999999}. */
    @Override
    public Object yearBound(int year, boolean start, boolean dateTime) {
        return start ? String.format("%04d-01-01", year) + (dateTime ? " 00:00:00" : "")
                : String.format("%04d-12-31", year) + (dateTime ? " 23:59:59.999999" : "");
    }

    /** ALTER TABLE here can add, drop and rename columns only: anything else rebuilds the table. */
    @Override
    public boolean rebuildsTables() {
        return true;
    }

    private static final Map<String, String> QUOTED = new ConcurrentHashMap<>();

    @Override
    public String quote(String identifier) {
        String q = QUOTED.get(identifier);
        if (q == null) {
            q = '"' + identifier.replace("\"", "\"\"") + '"';
            if (QUOTED.size() < 10_000) {
                QUOTED.put(identifier, q);
            }
        }
        return q;
    }

    @Override
    public int maxVariables() {
        return 32766;
    }

    @Override
    public void limitOffset(Sql sql, Long limit, long offset) {
        if (limit == null && offset == 0) {
            return;
        }
        sql.append(" LIMIT ").append(String.valueOf(limit == null ? -1 : limit));
        if (offset > 0) {
            sql.append(" OFFSET ").append(String.valueOf(offset));
        }
    }

    @Override
    public void textMatch(Sql sql, String lhs, String lookup, String value) {
        switch (lookup) {
            case "contains" -> sql.append(lhs).append(" GLOB ").param('*' + escapeGlob(value) + '*');
            case "startswith" -> sql.append(lhs).append(" GLOB ").param(escapeGlob(value) + '*');
            case "endswith" -> sql.append(lhs).append(" GLOB ").param('*' + escapeGlob(value));
            case "iexact", "icontains", "istartswith", "iendswith" -> caseInsensitive(sql, lhs, lookup, value);
            default -> throw new IllegalArgumentException("not a text lookup: " + lookup);
        }
    }

    /** SQLite's LOWER/UPPER fold ASCII only; GREATEST/LEAST are its many-argument MAX/MIN. */
    @Override
    public String function(String name) {
        return switch (name) {
            case "LOWER" -> "alcove_lower";
            case "UPPER" -> "alcove_upper";
            case "GREATEST" -> "MAX";
            case "LEAST" -> "MIN";
            default -> name;
        };
    }

    @Override
    public void textMatchExpression(Sql sql, String lhs, String lookup, String rhs) {
        boolean fold = lookup.startsWith("i");
        String l = fold ? "alcove_fold(" + lhs + ")" : lhs;
        String r = fold ? "alcove_fold(" + rhs + ")" : rhs;
        switch (lookup) {
            case "exact", "iexact" -> sql.append(l + " = " + r);
            case "contains", "icontains" -> sql.append("instr(" + l + ", " + r + ") > 0");
            case "startswith", "istartswith" -> sql.append("substr(" + l + ", 1, length(" + r + ")) = " + r);
            case "endswith", "iendswith" -> sql.append("(length(" + r + ") = 0 OR substr(" + l + ", -length(" + r + ")) = " + r + ")");
            default -> throw new IllegalArgumentException("not a text lookup: " + lookup);
        }
    }

    /**
     * As {@link #textMatch}, on text without accents. A row of plain ASCII has none, so it is
     * compared as it is (GLOB, LIKE: SQLite's own code); only rows holding other characters pay
     * for the function that removes them.
     */
    @Override
    public void unaccentMatch(Sql sql, String lhs, String lookup, String value) {
        boolean fold = lookup.startsWith("i");
        String bare = fold ? Unaccent.folded(value) : Unaccent.of(value);
        String pattern = switch (lookup) {
            case "exact" -> escapeGlob(bare);
            case "contains" -> '*' + escapeGlob(bare) + '*';
            case "startswith" -> escapeGlob(bare) + '*';
            case "endswith" -> '*' + escapeGlob(bare);
            case "iexact" -> escapeLike(bare);
            case "icontains" -> '%' + escapeLike(bare) + '%';
            case "istartswith" -> escapeLike(bare) + '%';
            case "iendswith" -> '%' + escapeLike(bare);
            default -> throw new IllegalArgumentException("not a text lookup: " + lookup);
        };
        String op = fold ? " LIKE " : " GLOB ";
        String escape = fold ? " ESCAPE '\\'" : "";
        String stripped = (fold ? "alcove_unaccent_fold(" : "alcove_unaccent(") + lhs + ")";
        String nonAscii = "length(" + lhs + ") <> octet_length(" + lhs + ")";
        if (isAscii(pattern)) {
            sql.append("(").append(lhs).append(op).param(pattern).append(escape).append(" OR (").append(nonAscii)
                    .append(" AND ").append(stripped).append(op).param(pattern).append(escape).append("))");
        } else {
            sql.append("(").append(nonAscii).append(" AND ").append(stripped).append(op).param(pattern).append(escape).append(")");
        }
    }

    private static void caseInsensitive(Sql sql, String lhs, String lookup, String value) {
        String folded = escapeLike(fold(value));
        String pattern = switch (lookup) {
            case "iexact" -> folded;
            case "icontains" -> '%' + folded + '%';
            case "istartswith" -> folded + '%';
            default -> '%' + folded;
        };
        String nonAscii = "length(" + lhs + ") <> octet_length(" + lhs + ")";
        if (isAscii(pattern)) {
            // LIKE is right for plain-ASCII rows; only rows holding other characters pay for folding.
            sql.append("(").append(lhs).append(" LIKE ").param(pattern).append(" ESCAPE '\\' OR (").append(nonAscii)
                    .append(" AND alcove_fold(").append(lhs).append(") LIKE ").param(pattern).append(" ESCAPE '\\'))");
        } else {
            // A folded non-ASCII pattern cannot match a plain-ASCII row.
            sql.append("(").append(nonAscii).append(" AND alcove_fold(").append(lhs).append(") LIKE ").param(pattern)
                    .append(" ESCAPE '\\')");
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    static String escapeLike(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    static String escapeGlob(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '*' -> b.append("[*]");
                case '?' -> b.append("[?]");
                case '[' -> b.append("[[]");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public void regexMatch(Sql sql, String lhs, String pattern, boolean caseInsensitive) {
        sql.append(lhs).append(" REGEXP ").param(caseInsensitive ? "(?i)" + pattern : pattern);
    }

    /** Dates are stored as ISO text, so a part is a fixed slice of it: cheaper than strftime on every row. */
    @Override
    public String dateExtract(String part, String dateSql) {
        return switch (part) {
            case "year" -> "CAST(substr(" + dateSql + ", 1, 4) AS INTEGER)";
            case "month" -> "CAST(substr(" + dateSql + ", 6, 2) AS INTEGER)";
            case "day" -> "CAST(substr(" + dateSql + ", 9, 2) AS INTEGER)";
            case "quarter" -> "((CAST(substr(" + dateSql + ", 6, 2) AS INTEGER) + 2) / 3)";
            case "week_day" -> "(CAST(strftime('%w', " + dateSql + ") AS INTEGER) + 1)"; // 1 = Sunday, as Django
            case "iso_week_day" -> "CAST(strftime('%u', " + dateSql + ") AS INTEGER)"; // 1 = Monday
            case "week" -> "CAST(strftime('%V', " + dateSql + ") AS INTEGER)"; // ISO-8601 week number
            case "iso_year" -> "CAST(strftime('%G', " + dateSql + ") AS INTEGER)";
            case "hour" -> "CAST(strftime('%H', " + dateSql + ") AS INTEGER)";
            case "minute" -> "CAST(strftime('%M', " + dateSql + ") AS INTEGER)";
            case "second" -> "CAST(strftime('%S', " + dateSql + ") AS INTEGER)";
            case "date" -> "substr(" + dateSql + ", 1, 10)";
            default -> throw new IllegalArgumentException(part);
        };
    }

    @Override
    public String dateTrunc(String kind, String sql, boolean dateTime) {
        String time = dateTime ? " || ' 00:00:00'" : "";
        return switch (kind) {
            case "year" -> "(substr(" + sql + ", 1, 4) || '-01-01'" + time + ")";
            case "quarter" -> "(substr(" + sql + ", 1, 5) || printf('%02d', ((CAST(substr(" + sql
                    + ", 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'" + time + ")";
            case "month" -> "(substr(" + sql + ", 1, 7) || '-01'" + time + ")";
            case "week" -> "(date(" + sql + ", '-6 days', 'weekday 1')" + time + ")";
            case "day" -> "(substr(" + sql + ", 1, 10)" + time + ")";
            case "hour" -> "strftime('%Y-%m-%d %H:00:00', " + sql + ")";
            case "minute" -> "strftime('%Y-%m-%d %H:%M:00', " + sql + ")";
            case "second" -> "strftime('%Y-%m-%d %H:%M:%S', " + sql + ")";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Override
    public String now() {
        return "strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime')";
    }

    @Override
    public boolean groupByPrimaryKeyCoversTable() {
        return true;
    }

    @Override
    public String columnType(ColumnDef c) {
        return switch (c.kind()) {
            case AUTO -> "integer";
            case CHAR -> "varchar(" + c.maxLength() + ")";
            case TEXT -> "text";
            case DATE -> "date";
            case DATETIME -> "datetime";
            case INTEGER, FOREIGN_KEY -> "integer";
            case POSITIVE_INTEGER -> "integer unsigned";
            case BOOLEAN -> "bool";
            case DECIMAL -> "decimal";
        };
    }

    @Override
    public String autoIdClause() {
        return "AUTOINCREMENT";
    }

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Number || value instanceof BigDecimal) {
            return value.toString();
        }
        if (value instanceof LocalDate d) {
            return "'" + d + "'";
        }
        if (value instanceof LocalDateTime t) {
            return "'" + IsoDates.dateTimeText(t) + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    @Override
    public DatabaseError translate(SQLException e, String sql) {
        return SqliteErrors.translate(e, sql);
    }

    /**
     * Copies the database with {@code VACUUM INTO} to a hidden temporary name beside {@code target},
     * checks the copy ({@code PRAGMA quick_check}, the same tables with the same row counts), forces
     * it to disk and only then renames it to {@code target}. A copy that is killed, runs out of disk
     * or fails the check leaves no file under the final name, and its temporary file is deleted.
     */
    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".part-" + ProcessHandle.current().pid());
        try {
            deleteCopy(partial);
            try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, partial.toString());
                s.execute();
            }
            verifyCopy(connection, partial);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            syncFolder(absolute.getParent());
        } catch (IOException e) {
            throw new SQLException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteCopy(partial);
            } catch (IOException e) {
                // best effort: the next backup to this name deletes it first
            }
        }
    }

    private static void deleteCopy(Path partial) throws IOException {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + "-journal"));
    }

    /** Refuses a copy that is damaged or does not hold as many rows in each table as the source holds now. */
    private void verifyCopy(Connection source, Path copy) throws SQLException {
        Map<String, Long> expected = rowCounts(source);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            List<String> problems = integrityProblems(c);
            if (!problems.isEmpty()) {
                throw new SQLException("the backup copy failed its integrity check (" + String.join("; ", problems)
                        + "); nothing was written under the final name");
            }
            Map<String, Long> actual = rowCounts(c);
            if (!actual.equals(expected)) {
                throw new SQLException("the backup copy does not hold what the catalogue holds (" + actual + " rows, expected " + expected
                        + "); nothing was written under the final name");
            }
        }
    }

    private Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : tableNames(connection)) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a folder for syncing; the file itself is synced
        }
    }

    @Override
    public List<String> integrityProblems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != 11 && e.getErrorCode() != 26) { // SQLITE_CORRUPT, SQLITE_NOTADB: the answer is "damaged"
                throw e;
            }
            problems.add(e.getMessage());
        }
        return problems.equals(List.of("ok")) ? List.of() : problems;
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    public List<String> rebuildTable(TableDef table, Map<String, String> copy) {
        String temp = "new__" + table.name();
        List<String> out = new ArrayList<>();
        out.add(createTable(new TableDef(temp, table.columns(), List.of())));
        if (!copy.isEmpty()) {
            List<String> targets = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (Map.Entry<String, String> e : copy.entrySet()) {
                targets.add(quote(e.getKey()));
                sources.add(e.getValue());
            }
            out.add("INSERT INTO " + quote(temp) + " (" + String.join(", ", targets) + ") SELECT "
                    + String.join(", ", sources) + " FROM " + quote(table.name()));
        }
        out.add("DROP TABLE " + quote(table.name()));
        out.add(renameTable(temp, table.name()));
        for (IndexDef index : table.indexes()) {
            out.add(createIndex(table.name(), index));
        }
        return out;
    }

    @Override
    public String convertColumn(ColumnDef from, ColumnDef to) {
        String expr = quote(from.name());
        if (from.kind() != to.kind()) {
            if (to.kind().isInteger() && !from.kind().isInteger()) {
                expr = "CAST(" + expr + " AS INTEGER)";
            } else if (to.kind().isText() && !from.kind().isText()) {
                expr = "CAST(" + expr + " AS TEXT)";
            } else if (to.kind() == FieldKind.DECIMAL && from.kind() != FieldKind.DECIMAL) {
                expr = "CAST(" + expr + " AS NUMERIC)";
            }
        }
        if (!to.nullable() && to.defaultSql() != null && (from.nullable() || from.kind() != to.kind())) {
            expr = "COALESCE(" + expr + ", " + to.defaultSql() + ")";
        }
        return expr;
    }

    @Override
    public String foreignKeysSql(boolean on) {
        return "PRAGMA foreign_keys = " + (on ? "ON" : "OFF");
    }

    @Override
    public String foreignKeyCheckSql() {
        return "PRAGMA foreign_key_check";
    }

    @Override
    public List<String> columnNames(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    @Override
    public List<IndexDef> indexes(Connection connection, String table) throws SQLException {
        List<IndexDef> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                // A partial index (made by hand, RunSQL) has a condition an IndexDef cannot carry:
                // left out, so nothing rebuilds it as a plain index.
                "SELECT name, \"unique\" FROM pragma_index_list(?) WHERE origin <> 'pk' AND partial = 0 ORDER BY name")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndexDef(rs.getString(1), List.of(), rs.getInt(2) == 1));
                }
            }
        }
        List<IndexDef> withColumns = new ArrayList<>();
        for (IndexDef index : out) {
            List<String> cols = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
                s.setString(1, index.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        cols.add((rs.getInt(2) == 1 ? "-" : "") + rs.getString(1));
                    }
                }
            }
            withColumns.add(new IndexDef(index.name(), cols, index.unique()));
        }
        return withColumns;
    }
}
