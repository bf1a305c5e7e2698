package org.alcove.orm.internal.dialect;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alcove.orm.DatabaseError;
import org.alcove.orm.FieldKind;
import org.alcove.orm.IsoDates;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * PostgreSQL, for a catalogue several desks share. Values are bound typed (dates as dates,
 * booleans as booleans, decimals as numerics); the case-insensitive lookups compare
 * {@code UPPER(...)} of both sides as Django's PostgreSQL backend does, the regex lookups use
 * {@code ~} and {@code ~*}, date parts {@code EXTRACT}. Schema changes are ALTER TABLE statements
 * inside the migration's transaction (PostgreSQL's DDL is transactional); the id is an identity
 * column read back with {@code RETURNING}. Connections come from {@code Database.connect(url)}.
 */
public final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public void preload() {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            // connecting reports the problem with its own message
        }
    }

    /** A server database is reached by its URL ({@code Database.connect}), never by a file. */
    @Override
    public Connection connect(Path file) throws SQLException {
        throw new SQLException("a PostgreSQL database is reached by its postgresql:// URL, not a file");
    }

    @Override
    public void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // a desk waiting for another's row lock gives up after a while rather than hanging the window
            s.execute("SET lock_timeout = '10s'");
        }
    }

    @Override
    public void bind(PreparedStatement ps, int at, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(at, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(at, s); // sent untyped (stringtype=unspecified): the server reads it as the column's type
        } else if (v instanceof Long l) {
            ps.setLong(at, l);
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Double d) {
            ps.setDouble(at, d);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(at, d);
        } else if (v instanceof LocalDate d) {
            ps.setObject(at, d);
        } else if (v instanceof LocalDateTime t) {
            ps.setObject(at, t.truncatedTo(java.time.temporal.ChronoUnit.MICROS)); // cut, as SQLite's text is, not rounded by the server
        } else if (v instanceof Boolean b) {
            ps.setBoolean(at, b);
        } else {
            ps.setObject(at, v);
        }
    }

    /**
     * A whole number is written into the SQL (the server must see that {@code x / 10} in the
     * select list and in GROUP BY are the same expression, which two parameters are not); text is a
     * parameter typed as text, so that functions taking any type ({@code CONCAT}) know it.
     */
    @Override
    public void value(Sql sql, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            sql.append(value.toString());
        } else if (value instanceof String) {
            sql.append("CAST(").param(value).append(" AS text)");
        } else {
            sql.param(value);
        }
    }

    /** A date column read as it is stored (no time zone in between); computed text as ISO text. */
    @Override
    public LocalDate readDate(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoDates.date(s);
    }

    /** PostgreSQL writes a timestamp as {@code 2024-01-01 23:59:59.5}: ISO text the date-time reader takes. */
    @Override
    public LocalDateTime readDateTime(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : IsoDates.dateTime(s);
    }

    @Override
    public Boolean readBoolean(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        return v instanceof Boolean b ? b : v instanceof Number n ? n.longValue() != 0 : Boolean.valueOf("t".equals(v) || "true".equals(v));
    }

    @Override
    public BigDecimal readDecimal(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    @Override
    public Object yearBound(int year, boolean start, boolean dateTime) {
        LocalDate day = start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        if (!dateTime) {
            return day;
        }
        return start ? day.atStartOfDay() : day.atTime(23, 59, 59, 999_999_000);
    }

    /** The deferred foreign keys checked now, inside the migration's transaction, so a broken reference fails it before COMMIT. */
    @Override
    public String checkConstraintsNowSql() {
        return "SET CONSTRAINTS ALL IMMEDIATE";
    }

    /** Every foreign key is made DEFERRABLE INITIALLY DEFERRED, so deferring all of them is how a transaction starts. */
    @Override
    public String deferConstraintsSql() {
        return "SET CONSTRAINTS ALL DEFERRED";
    }

    /** pgjdbc reads a whole result into memory unless autocommit is off and a fetch size is set: then it reads it through a portal, batch by batch. */
    @Override
    public int streamingFetchSize() {
        return 1_000;
    }

    /** An identity column's sequence does not see ids given on INSERT: the next one handed out would collide. */
    @Override
    public String identityResetSql(String table, String idColumn) {
        return "SELECT setval(pg_get_serial_sequence(" + literal(quote(table)) + ", " + literal(idColumn) + "), COALESCE(MAX("
                + quote(idColumn) + "), 0) + 1, false) FROM " + quote(table);
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The protocol carries at most 32,767 parameters in one statement in older drivers and servers. */
    @Override
    public int maxVariables() {
        return 32767;
    }

    @Override
    public void limitOffset(Sql sql, Long limit, long offset) {
        if (limit != null) {
            sql.append(" LIMIT ").append(String.valueOf(limit));
        }
        if (offset > 0) {
            sql.append(" OFFSET ").append(String.valueOf(offset));
        }
    }

    @Override
    public void textMatch(Sql sql, String lhs, String lookup, String value) {
        String like = " LIKE ";
        switch (lookup) {
            case "contains" -> sql.append(text(lhs)).append(like).param('%' + escapeLike(value) + '%').append(" ESCAPE '\\'");
            case "startswith" -> sql.append(text(lhs)).append(like).param(escapeLike(value) + '%').append(" ESCAPE '\\'");
            case "endswith" -> sql.append(text(lhs)).append(like).param('%' + escapeLike(value)).append(" ESCAPE '\\'");
            case "iexact" -> sql.append(upper(lhs)).append(" = ").param(folded(value));
            case "icontains" -> sql.append(upper(lhs)).append(" LIKE ").param('%' + escapeLike(folded(value)) + '%').append(" ESCAPE '\\'");
            case "istartswith" -> sql.append(upper(lhs)).append(" LIKE ").param(escapeLike(folded(value)) + '%').append(" ESCAPE '\\'");
            case "iendswith" -> sql.append(upper(lhs)).append(" LIKE ").param('%' + escapeLike(folded(value))).append(" ESCAPE '\\'");
            default -> throw new IllegalArgumentException("not a text lookup: " + lookup);
        }
    }

    /**
     * As SQLite's: the column's text with the same accents removed ({@link org.alcove.orm.Unaccent}),
     * by PostgreSQL's built-in {@code translate} with a table made from {@code Unaccent} itself (so no
     * extension is needed and both backends strip the same letters), then the text lookup.
     */
    @Override
    public void unaccentMatch(Sql sql, String lhs, String lookup, String value) {
        String bare = "translate(CAST(" + lhs + " AS text), " + UNACCENT_TABLE + ")";
        String stripped = org.alcove.orm.Unaccent.of(value);
        if (lookup.equals("exact")) {
            sql.append(bare).append(" = ").param(stripped);
        } else {
            textMatch(sql, bare, lookup, stripped);
        }
    }

    /** {@code 'from', 'to'} for {@code translate}: each accented letter of the BMP and its bare one; lone marks last, with none (dropped). */
    private static final String UNACCENT_TABLE = unaccentTable();

    private static String unaccentTable() {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        StringBuilder dropped = new StringBuilder();
        for (int cp = 0x80; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            String c = Character.toString(cp);
            String bare = org.alcove.orm.Unaccent.of(c);
            if (bare.isEmpty()) {
                dropped.append(c);
            } else if (!bare.equals(c) && bare.length() == 1) {
                from.append(c);
                to.append(bare);
            }
        }
        return "'" + (from.toString() + dropped).replace("'", "''") + "', '" + to.toString().replace("'", "''") + "'";
    }

    /**
     * The typed value folded as SQLite's lookups fold it ({@code straße} and {@code STRASSE} are one),
     * in capitals to meet the server's {@code UPPER} of the column, which the trigram indexes hold.
     */
    private static String folded(String value) {
        return SqliteDialect.fold(value).toUpperCase(java.util.Locale.ROOT);
    }

    private static String text(String lhs) {
        return "CAST(" + lhs + " AS text)";
    }

    private static String upper(String lhs) {
        return "UPPER(CAST(" + lhs + " AS text))";
    }

    static String escapeLike(String s) {
        return SqliteDialect.escapeLike(s);
    }

    @Override
    public void regexMatch(Sql sql, String lhs, String pattern, boolean caseInsensitive) {
        sql.append(text(lhs)).append(caseInsensitive ? " ~* " : " ~ ").param(pattern);
    }

    @Override
    public void textMatchExpression(Sql sql, String lhs, String lookup, String rhs) {
        boolean fold = lookup.startsWith("i");
        String l = fold ? upper(lhs) : text(lhs);
        String r = fold ? upper(rhs) : text(rhs);
        switch (lookup) {
            case "exact", "iexact" -> sql.append(l + " = " + r);
            case "contains", "icontains" -> sql.append("strpos(" + l + ", " + r + ") > 0");
            case "startswith", "istartswith" -> sql.append("left(" + l + ", length(" + r + ")) = " + r);
            case "endswith", "iendswith" -> sql.append("right(" + l + ", length(" + r + ")) = " + r);
            default -> throw new IllegalArgumentException("not a text lookup: " + lookup);
        }
    }

    @Override
    public String dateExtract(String part, String dateSql) {
        String field = switch (part) {
            case "year", "month", "day", "quarter", "week", "hour", "minute" -> part.toUpperCase(java.util.Locale.ROOT);
            case "week_day" -> "DOW";
            case "iso_week_day" -> "ISODOW";
            case "iso_year" -> "ISOYEAR";
            case "second" -> "SECOND";
            case "date" -> null;
            default -> throw new IllegalArgumentException(part);
        };
        if (field == null) {
            return "CAST(" + dateSql + " AS date)";
        }
        String extract = "EXTRACT(" + field + " FROM " + dateSql + ")";
        if (part.equals("week_day")) {
            return "(CAST(" + extract + " AS integer) + 1)"; // 1 = Sunday, as Django
        }
        if (part.equals("second")) {
            return "CAST(FLOOR(" + extract + ") AS integer)";
        }
        return "CAST(" + extract + " AS integer)";
    }

    @Override
    public String dateTrunc(String kind, String sql, boolean dateTime) {
        String truncated = "date_trunc('" + kind + "', CAST(" + sql + " AS timestamp))";
        return dateTime ? truncated : "CAST(" + truncated + " AS date)";
    }

    @Override
    public String now() {
        return "LOCALTIMESTAMP";
    }

    @Override
    public boolean groupByPrimaryKeyCoversTable() {
        return true;
    }

    @Override
    public String columnType(ColumnDef c) {
        return switch (c.kind()) {
            case AUTO, INTEGER, FOREIGN_KEY, POSITIVE_INTEGER -> "integer";
            case CHAR -> "varchar(" + c.maxLength() + ")";
            case TEXT -> "text";
            case DATE -> "date";
            case DATETIME -> "timestamp";
            case BOOLEAN -> "boolean";
            case DECIMAL -> c.maxDigits() > 0 ? "numeric(" + c.maxDigits() + ", " + c.decimalPlaces() + ")" : "numeric";
        };
    }

    @Override
    public String autoIdClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    @Override
    public String literal(Object value) {
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof LocalDateTime t) {
            return "'" + IsoDates.dateTimeText(t) + "'";
        }
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    @Override
    public String explain(String select) {
        return "EXPLAIN " + select;
    }

    @Override
    public String plan(ResultSet rows) throws SQLException {
        StringBuilder out = new StringBuilder();
        while (rows.next()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(rows.getString(1));
        }
        return out.toString();
    }

    @Override
    public DatabaseError translate(SQLException e, String sql) {
        return PostgresErrors.translate(e, sql);
    }

    /** A server's database is backed up by the server's own tools, where its administrator keeps them. */
    @Override
    public void backup(Connection connection, Path target) throws SQLException {
        throw new SQLException("a catalogue on a PostgreSQL server is backed up with pg_dump on the server, not copied to a file");
    }

    /** The server keeps its files consistent itself: there is no file of ours to check. */
    @Override
    public List<String> integrityProblems(Connection connection) {
        return List.of();
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                     + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** PostgreSQL alters tables in place ({@link #alterColumn}); nothing here rebuilds one. */
    @Override
    public List<String> rebuildTable(TableDef table, Map<String, String> copy) {
        throw new UnsupportedOperationException("PostgreSQL alters tables in place");
    }

    @Override
    public String convertColumn(ColumnDef from, ColumnDef to) {
        String expr = quote(from.name());
        return from.kind() == to.kind() ? expr : "CAST(" + expr + " AS " + columnType(to) + ")";
    }

    /**
     * In place, one change at a time: the name, the type (converting the values), the default, the
     * nullability (NULLs first given the default), then the uniqueness, the reference and the
     * non-negative check, each a constraint named as PostgreSQL names its inline ones.
     */
    @Override
    public List<String> alterColumn(String table, ColumnDef from, ColumnDef to) {
        List<String> out = new ArrayList<>();
        String t = "ALTER TABLE " + quote(table);
        String col = quote(to.name());
        if (!from.name().equals(to.name())) {
            out.add(renameColumn(table, from.name(), to.name()));
        }
        boolean hadCheck = from.kind() == FieldKind.POSITIVE_INTEGER;
        boolean hasCheck = to.kind() == FieldKind.POSITIVE_INTEGER;
        if (hadCheck && !hasCheck) {
            out.add(t + " DROP CONSTRAINT IF EXISTS " + quote(table + "_" + from.name() + "_check"));
        }
        boolean hadReference = from.kind() == FieldKind.FOREIGN_KEY && from.references() != null;
        boolean hasReference = to.kind() == FieldKind.FOREIGN_KEY && to.references() != null;
        if (hadReference && (!hasReference || !from.references().equals(to.references()))) {
            out.add(t + " DROP CONSTRAINT IF EXISTS " + quote(table + "_" + from.name() + "_fkey"));
        }
        if (from.unique() && !to.unique()) {
            out.add(t + " DROP CONSTRAINT IF EXISTS " + quote(table + "_" + from.name() + "_key"));
        }
        if (!columnType(from).equals(columnType(to))) {
            out.add(t + " ALTER COLUMN " + col + " TYPE " + columnType(to) + " USING " + convertColumn(from.withName(to.name()), to));
        }
        if (!java.util.Objects.equals(from.defaultSql(), to.defaultSql())) {
            out.add(t + " ALTER COLUMN " + col + (to.defaultSql() == null ? " DROP DEFAULT" : " SET DEFAULT " + to.defaultSql()));
        }
        if (from.nullable() && !to.nullable()) {
            if (to.defaultSql() != null) {
                out.add("UPDATE " + quote(table) + " SET " + col + " = " + to.defaultSql() + " WHERE " + col + " IS NULL");
            }
            out.add(t + " ALTER COLUMN " + col + " SET NOT NULL");
        } else if (!from.nullable() && to.nullable()) {
            out.add(t + " ALTER COLUMN " + col + " DROP NOT NULL");
        }
        if (!from.unique() && to.unique()) {
            out.add(t + " ADD CONSTRAINT " + quote(table + "_" + to.name() + "_key") + " UNIQUE (" + col + ")");
        }
        if (hasReference && (!hadReference || !from.references().equals(to.references()))) {
            out.add(t + " ADD CONSTRAINT " + quote(table + "_" + to.name() + "_fkey") + " FOREIGN KEY (" + col + ") REFERENCES "
                    + quote(to.references()) + " (\"id\") DEFERRABLE INITIALLY DEFERRED");
        }
        if (!hadCheck && hasCheck) {
            out.add(t + " ADD CONSTRAINT " + quote(table + "_" + to.name() + "_check") + " CHECK (" + col + " >= 0)");
        }
        return out;
    }

    @Override
    public List<String> columnNames(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** The indexes, those of UNIQUE constraints ({@code TABLE_COLUMN_key}) included, not the primary key's nor partial ones. */
    @Override
    public List<IndexDef> indexes(Connection connection, String table) throws SQLException {
        List<IndexDef> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT i.relname, ix.indisunique, ix.indexrelid FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid"
                        + " JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                        + " WHERE t.relname = ? AND n.nspname = current_schema() AND NOT ix.indisprimary AND ix.indpred IS NULL"
                        + " ORDER BY i.relname")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndexDef(rs.getString(1), columnsOf(connection, rs.getLong(3)), rs.getBoolean(2)));
                }
            }
        }
        return out;
    }

    private static List<String> columnsOf(Connection connection, long index) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT a.attname, (ix.indoption[k.n - 1] & 1) = 1 FROM pg_index ix, generate_series(1, ix.indnkeyatts) AS k(n),"
                        + " pg_attribute a WHERE ix.indexrelid = ? AND a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.n - 1] ORDER BY k.n")) {
            s.setLong(1, index);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cols.add((rs.getBoolean(2) ? "-" : "") + rs.getString(1));
                }
            }
        }
        return cols;
    }
}
