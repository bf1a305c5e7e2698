package org.alcove.orm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.dialect.Sql;

/**
 * The rows of a database's tables as plain values, read and written through each side's dialect,
 * so that a whole database can be copied to another backend (SQLite to PostgreSQL and back) and
 * the two compared afterwards, table by table:
 *
 * <pre>{@code
 * for (TableData.Table t : TableData.tables(source)) {
 *     target.atomic(() -> TableData.copy(t, source, target, TableData.Progress.NONE));
 *     assert TableData.digest(t, source).equals(TableData.digest(t, target));
 * }
 * }</pre>
 *
 * The tables are the registered models' (in registration order, which should be dependency order)
 * and the through tables the ORM makes for many-to-many relations; ids are kept.
 */
public final class TableData {
    /** Rows read and written per statement. */
    static final int BATCH = 1_000;

    /** A column and the kind of value it holds. */
    public record Column(String name, FieldKind kind) {
    }

    /** A table of the database, its primary key {@code id} first among its columns. */
    public record Table(String name, List<Column> columns) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /**
     * What a table holds, summarised the same way on every backend: its row count and a SHA-256
     * over its rows in id order, each value normalised to text (dates ISO, decimals without trailing zeros).
     */
    public record Digest(long rows, String sha256) {
    }

    /** Told how far a copy has come. */
    @FunctionalInterface
    public interface Progress {
        /** Says nothing. */
        Progress NONE = (table, copied, total) -> { };

        /** {@code copied} of {@code total} rows of {@code table} are written. */
        void copied(String table, long copied, long total);
    }

    private TableData() {
    }

    /** The tables of {@code db}'s registered models and of their auto-created many-to-many relations, in that order. */
    public static List<Table> tables(Database db) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<Table> through = new ArrayList<>();
        for (Class<? extends Model> model : db.models()) {
            ModelMeta<?> meta = ModelMeta.of(model);
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(meta.pk().column(), FieldKind.AUTO));
            for (FieldMeta f : meta.fields()) {
                if (!f.isPrimaryKey()) {
                    columns.add(new Column(f.column(), f.kind()));
                }
            }
            tables.put(meta.table(), new Table(meta.table(), columns));
            for (ManyToManyRelation r : meta.manyToManyRelations()) {
                if (r.autoCreated() && r.forward()) {
                    through.add(new Table(r.throughTable(), List.of(new Column("id", FieldKind.AUTO),
                            new Column(r.modelColumn(), FieldKind.FOREIGN_KEY), new Column(r.targetColumn(), FieldKind.FOREIGN_KEY))));
                }
            }
        }
        for (Table t : through) {
            tables.putIfAbsent(t.name(), t);
        }
        return List.copyOf(tables.values());
    }

    /** How many rows {@code table} holds in {@code db}. */
    public static long count(Table table, Database db) {
        return db.executor().query("SELECT COUNT(*) FROM " + db.dialect().quote(table.name()), List.of(),
                rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /**
     * Copies every row of {@code table} from {@code from} to {@code to}, ids kept, in batches, and
     * sets the target's id generator past the largest id. Call it inside {@code to.atomic(...)}
     * so that a failure leaves nothing half-copied; foreign keys are checked when that commits.
     *
     * @return the rows copied
     */
    public static long copy(Table table, Database from, Database to, Progress progress) {
        long total = count(table, from);
        Dialect target = to.dialect();
        String insertHead = insertHead(table, target);
        int perStatement = Math.max(1, Math.min(BATCH, target.maxVariables() / table.columns().size()));
        long copied = 0;
        Long after = null;
        while (true) {
            List<Object[]> rows = page(table, from, after, BATCH);
            for (int start = 0; start < rows.size(); start += perStatement) {
                List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
                to.executor().update(insert(insertHead, table, chunk));
            }
            copied += rows.size();
            if (!rows.isEmpty()) {
                progress.copied(table.name(), copied, total);
            }
            if (rows.size() < BATCH) {
                break;
            }
            after = (Long) rows.get(rows.size() - 1)[0];
        }
        String reset = target.identityResetSql(table.name(), table.columns().get(0).name());
        if (reset != null) {
            to.executor().query(reset, List.of(), rs -> null);
        }
        return copied;
    }

    /** The row count and checksum of {@code table} in {@code db}; see {@link Digest}. */
    public static Digest digest(Table table, Database db) {
        MessageDigest sha = sha256();
        long rows = 0;
        Long after = null;
        while (true) {
            List<Object[]> page = page(table, db, after, BATCH);
            for (Object[] row : page) {
                for (Object value : row) {
                    String text = normalised(value);
                    if (text == null) {
                        sha.update((byte) 0);
                    } else {
                        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                        sha.update((byte) 1);
                        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                        sha.update((byte) ':');
                        sha.update(bytes);
                    }
                }
                sha.update((byte) '\n');
            }
            rows += page.size();
            if (page.size() < BATCH) {
                break;
            }
            after = (Long) page.get(page.size() - 1)[0];
        }
        return new Digest(rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** A value as the digest sees it: the same text whichever backend it was read from. */
    static String normalised(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return IsoDates.dateText(d);
        }
        if (value instanceof LocalDateTime t) {
            return IsoDates.dateTimeText(t);
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return value.toString(); // Long, String, Boolean
    }

    /** Up to {@code limit} rows with ids above {@code after} (all from the first when null), in id order. */
    private static List<Object[]> page(Table table, Database db, Long after, int limit) {
        Dialect d = db.dialect();
        Sql sql = new Sql().append("SELECT ");
        for (int i = 0; i < table.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(d.quote(table.columns().get(i).name()));
        }
        String id = d.quote(table.columns().get(0).name());
        sql.append(" FROM ").append(d.quote(table.name()));
        if (after != null) {
            sql.append(" WHERE " + id + " > ").param(after);
        }
        sql.append(" ORDER BY " + id);
        d.limitOffset(sql, (long) limit, 0);
        return db.executor().query(sql, rs -> {
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[table.columns().size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = read(d, rs, i + 1, table.columns().get(i).kind());
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private static Object read(Dialect d, ResultSet rs, int column, FieldKind kind) throws SQLException {
        switch (kind) {
            case AUTO:
            case INTEGER:
            case POSITIVE_INTEGER:
            case FOREIGN_KEY: {
                long v = rs.getLong(column);
                return v == 0 && rs.wasNull() ? null : (Object) v;
            }
            case CHAR:
            case TEXT:
                return rs.getString(column);
            case DATE:
                return d.readDate(rs, column);
            case DATETIME:
                return d.readDateTime(rs, column);
            case BOOLEAN:
                return d.readBoolean(rs, column);
            case DECIMAL:
                return d.readDecimal(rs, column);
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private static String insertHead(Table table, Dialect d) {
        StringBuilder b = new StringBuilder("INSERT INTO ").append(d.quote(table.name())).append(" (");
        for (int i = 0; i < table.columns().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(d.quote(table.columns().get(i).name()));
        }
        return b.append(") VALUES ").toString();
    }

    private static Sql insert(String head, Table table, List<Object[]> rows) {
        Sql sql = new Sql().append(head);
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            Object[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                sql.append(i == 0 ? "" : ", ").param(row[i]);
            }
            sql.append(')');
        }
        return sql;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
