package org.alcove.catalog.trash;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.TrashKind;
import org.alcove.orm.Database;
import org.alcove.orm.FieldMeta;
import org.alcove.orm.ManyToManyRelation;
import org.alcove.orm.Model;
import org.alcove.orm.ModelMeta;

/**
 * The rows of one book, author or borrower and of everything that hangs on it, read column by
 * column so that fields added by later migrations are kept without this class knowing them, and
 * written to and read from JSON for the trash and the undo history. A deletion's snapshot holds the
 * author, the books with all their fields, the rows that hang on them (credits, identifiers,
 * readings, copies, tag links, holds; credits of the author on other books too), and the links of
 * the lending history to them, which outlives a delete with its keys set to null ({@link #LINKED_ROWS}).
 * A table that gains a {@code book_id} must be added to {@link #BOOK_ROWS} or {@link #LINKED_ROWS}
 * (a test checks that none is missing).
 */
public final class RowSnapshot {
    /** The tables whose rows belong to a book through a {@code book_id} column, restored after the books. */
    public static final List<String> BOOK_ROWS = List.of("contribution", "identifier", "reading", "copy", "book_tags", "hold");

    /**
     * The tables whose rows outlive a deleted book or borrower with their key set to null, for the
     * lending history: a restore links them back rather than inserting them.
     */
    public static final List<String> LINKED_ROWS = List.of("loan", "loan_tally");

    /** The tables an edit of a book writes (what the editor saves), compared and put back by undo. */
    static final List<String> EDITED_BOOK_ROWS = List.of("contribution", "book_tags", "identifier", "reading");

    private record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    /** A row outside the snapshot whose keys to it are set back on restoring: {@code UPDATE table SET keys WHERE id}. */
    private record Link(String table, Object id, Map<String, Object> keys) {
    }

    private final List<Rows> tables;
    private final List<Link> links;

    private RowSnapshot(List<Rows> tables, List<Link> links) {
        this.tables = tables;
        this.links = links;
    }

    /** Everything deleting the {@code kind} with {@code id} removes (with the links of its lending history). */
    public static RowSnapshot ofDeletion(Database db, TrashKind kind, long id) {
        return switch (kind) {
            case BOOK -> ofBook(db, id);
            case AUTHOR -> ofAuthor(db, id);
            case BORROWER -> ofBorrower(db, id);
        };
    }

    /**
     * What an edit of the {@code kind} with {@code id} changes: a book's row with its credits, tag links, identifiers and readings
     * (not its copies or loans, which the editor saves apart or does not touch), an author's or a borrower's row.
     */
    public static RowSnapshot ofEdit(Database db, TrashKind kind, long id) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, table(kind), "id = ?", id));
        if (kind == TrashKind.BOOK) {
            for (String t : EDITED_BOOK_ROWS) {
                out.add(read(db, t, "book_id = ?", id));
            }
        }
        return new RowSnapshot(out, new ArrayList<>());
    }

    /**
     * What a bulk edit of the books {@code ids} changes, as {@link #ofEdit} reads it for one book:
     * their rows with their credits and tag links, in one query per table. {@code ids} must not be empty.
     */
    public static RowSnapshot ofBookEdits(Database db, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no books to snapshot");
        }
        String in = "(" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        Object[] params = ids.toArray();
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "book", "id IN " + in, params));
        for (String t : EDITED_BOOK_ROWS) {
            out.add(read(db, t, "book_id IN " + in, params));
        }
        return new RowSnapshot(out, new ArrayList<>());
    }

    /** The ids of the rows of {@code table} the snapshot holds, in order (the books of a bulk edit, say). */
    public List<Long> ids(String table) {
        Rows rows = rowsOf(table);
        if (rows == null || rows.values().isEmpty()) {
            return List.of();
        }
        int at = rows.columns().indexOf("id");
        return rows.values().stream().map(r -> ((Number) r[at]).longValue()).toList();
    }

    private static RowSnapshot ofBook(Database db, long bookId) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "book", "id = ?", bookId));
        for (String t : BOOK_ROWS) {
            out.add(read(db, t, "book_id = ?", bookId));
        }
        return new RowSnapshot(out, new ArrayList<>()).linkingBooks(db, "book_id = ?", bookId);
    }

    private static RowSnapshot ofAuthor(Database db, long authorId) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "author", "id = ?", authorId));
        out.add(read(db, "book", "author_id = ?", authorId));
        String ofBooks = "book_id IN (SELECT id FROM book WHERE author_id = ?)";
        for (String t : BOOK_ROWS) {
            out.add(t.equals("contribution") ? read(db, t, ofBooks + " OR author_id = ?", authorId, authorId) : read(db, t, ofBooks, authorId));
        }
        return new RowSnapshot(out, new ArrayList<>()).linkingBooks(db, ofBooks, authorId);
    }

    private static RowSnapshot ofBorrower(Database db, long borrowerId) {
        List<Rows> out = new ArrayList<>();
        out.add(read(db, "borrower", "id = ?", borrowerId));
        out.add(read(db, "hold", "borrower_id = ?", borrowerId));
        List<Link> links = new ArrayList<>(db.query("SELECT id FROM loan WHERE borrower_id = ?", List.of(borrowerId),
                rs -> new Link("loan", rs.getObject(1), Map.of("borrower_id", borrowerId))));
        return new RowSnapshot(out, links);
    }

    private RowSnapshot linkingBooks(Database db, String ofBooks, Object param) {
        links.addAll(db.query("SELECT id, book_id, copy_id FROM loan WHERE " + ofBooks, List.of(param),
                rs -> new Link("loan", rs.getObject(1), keys("book_id", rs.getObject(2), "copy_id", rs.getObject(3)))));
        links.addAll(db.query("SELECT id, book_id FROM loan_tally WHERE " + ofBooks, List.of(param),
                rs -> new Link("loan_tally", rs.getObject(1), keys("book_id", rs.getObject(2)))));
        return this;
    }

    private static Map<String, Object> keys(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static String table(TrashKind kind) {
        return ModelMeta.of(kind.model()).table();
    }

    /** Whether the snapshot holds no row of its subject (it did not exist: the state before a creation, after a deletion). */
    public boolean isEmpty() {
        return tables.isEmpty() || tables.get(0).values().isEmpty();
    }

    /** How many rows of {@code table} the snapshot holds (its books, say). */
    public int count(String table) {
        return tables.stream().filter(r -> r.table().equals(table)).mapToInt(r -> r.values().size()).sum();
    }

    /**
     * Whether {@code other} holds the same rows with the same values (links aside): nothing changed
     * between them. Row versions (migration 0011) are left out: they count writes, not what was written.
     */
    public boolean sameRows(RowSnapshot other) {
        return withoutVersions().rowsJson().equals(other.withoutVersions().rowsJson());
    }

    /** The column every write of a versioned row adds one to (see {@code Book#getVersion}). */
    private static final String VERSION = "version";

    private RowSnapshot withoutVersions() {
        List<Rows> out = new ArrayList<>();
        for (Rows r : tables) {
            int at = r.columns().indexOf(VERSION);
            out.add(at < 0 ? r : new Rows(r.table(), without(r.columns(), at), r.values().stream().map(v -> without(v, at)).toList()));
        }
        return new RowSnapshot(out, links);
    }

    private static List<String> without(List<String> list, int at) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(at);
        return copy;
    }

    private static Object[] without(Object[] row, int at) {
        List<Object> copy = new ArrayList<>(java.util.Arrays.asList(row));
        copy.remove(at);
        return copy.toArray();
    }

    /**
     * Puts every row back with its old id, parents first, then links the lending history back to
     * them; in the caller's transaction. What a row refers to that is gone meanwhile is let go where
     * it can be (a series set to none, the credit of a deleted co-author, a tag link or hold whose tag,
     * book or borrower went) and refused where it cannot (a book whose author is gone).
     *
     * @throws RestoreConflict naming why, before anything is written
     */
    public void restore(Database db) {
        checkRestorable(db);
        Set<String> restored = new HashSet<>();
        for (Rows rows : tables) {
            insertAll(db, rows, restored);
            restored.add(rows.table());
        }
        for (Link l : links) {
            List<String> cols = new ArrayList<>(l.keys().keySet());
            List<Object> params = new ArrayList<>(l.keys().values());
            params.add(l.id());
            db.execute("UPDATE " + db.quote(l.table()) + " SET " + String.join(", ", cols.stream().map(c -> db.quote(c) + " = ?").toList())
                    + " WHERE id = ?", params.toArray());
        }
    }

    /** Refuses a restore over rows that are there again, or whose unique values another row now has, or whose required parent is gone. */
    private void checkRestorable(Database db) {
        Rows root = tables.get(0);
        for (Object[] row : root.values()) {
            Object id = row[root.columns().indexOf("id")];
            if (!db.query("SELECT 1 FROM " + db.quote(root.table()) + " WHERE id = ?", List.of(id), rs -> 1).isEmpty()) {
                throw new RestoreConflict("it is in the catalogue already");
            }
        }
        for (Rows rows : tables.subList(0, Math.min(2, tables.size()))) { // the subject, and an author's books
            if (!rows.table().equals("book") && !rows.table().equals(root.table())) {
                continue;
            }
            for (String unique : uniqueColumns(rows.table())) {
                int at = rows.columns().indexOf(unique);
                for (Object[] row : at < 0 ? List.<Object[]>of() : rows.values()) {
                    if (row[at] != null && !db.query("SELECT 1 FROM " + db.quote(rows.table()) + " WHERE " + db.quote(unique) + " = ?",
                            List.of(row[at]), rs -> 1).isEmpty()) {
                        throw new RestoreConflict("another " + rows.table() + " now has its " + unique.replace('_', ' ') + " " + row[at]);
                    }
                }
            }
        }
    }

    private static List<String> uniqueColumns(String table) {
        return modelOf(table).map(m -> m.fields().stream().filter(f -> f.unique() && !f.isPrimaryKey()).map(FieldMeta::column).toList())
                .orElse(List.of());
    }

    private void insertAll(Database db, Rows rows, Set<String> restored) {
        if (rows.values().isEmpty()) {
            return;
        }
        Map<String, Reference> refs = references(rows.table());
        String sql = "INSERT INTO " + db.quote(rows.table()) + " (" + String.join(", ", rows.columns().stream().map(db::quote).toList())
                + ") VALUES (" + String.join(", ", rows.columns().stream().map(c -> "?").toList()) + ")";
        boolean subject = rows == tables.get(0);
        Map<String, Boolean> exists = new HashMap<>();
        rows:
        for (Object[] original : rows.values()) {
            Object[] v = original.clone();
            for (Map.Entry<String, Reference> r : refs.entrySet()) {
                int at = rows.columns().indexOf(r.getKey());
                if (at < 0 || v[at] == null) {
                    continue;
                }
                String target = r.getValue().table();
                Object key = v[at];
                boolean there = exists.computeIfAbsent(target + "#" + key,
                        k -> !db.query("SELECT 1 FROM " + db.quote(target) + " WHERE id = ?", List.of(key), rs -> 1).isEmpty());
                if (there) {
                    continue;
                }
                if (r.getValue().nullable()) {
                    v[at] = null;
                } else if (subject || rows.table().equals("book")) {
                    throw new RestoreConflict("its " + target + " is no longer in the catalogue"
                            + (target.equals("author") ? " (restore the author from the trash first)" : ""));
                } else {
                    continue rows; // a credit, tag link or hold whose other side went meanwhile
                }
            }
            db.execute(sql, v);
        }
    }

    private record Reference(String table, boolean nullable) {
    }

    /** The columns of {@code table} that refer to another table's id, from the models (and the auto-made through tables). */
    private static Map<String, Reference> references(String table) {
        Map<String, Reference> refs = new LinkedHashMap<>();
        modelOf(table).ifPresent(m -> m.fields().stream().filter(FieldMeta::isRelation)
                .forEach(f -> refs.put(f.column(), new Reference(f.targetMeta().table(), f.nullable()))));
        for (Class<? extends Model> type : CatalogModels.ALL) {
            for (ManyToManyRelation rel : ModelMeta.of(type).manyToManyRelations()) {
                if (rel.autoCreated() && rel.forward() && rel.throughTable().equals(table)) {
                    refs.put(rel.modelColumn(), new Reference(rel.model().table(), false));
                    refs.put(rel.targetColumn(), new Reference(rel.target().table(), false));
                }
            }
        }
        return refs;
    }

    private static java.util.Optional<ModelMeta<?>> modelOf(String table) {
        return CatalogModels.ALL.stream().<ModelMeta<?>>map(ModelMeta::of).filter(m -> m.table().equals(table)).findFirst();
    }

    /**
     * Makes the rows of this snapshot's tables what {@code target} holds, over {@code this} (the
     * rows as they are now): rows only here are deleted (children first), rows only in the target
     * inserted, rows in both whose values differ updated; in the caller's transaction. For undoing
     * and redoing an edit, whose subject exists before and after.
     */
    public void turnInto(Database db, RowSnapshot target) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            Rows now = tables.get(i);
            Set<Object> keep = ids(target.rowsOf(now.table()));
            for (Object[] row : now.values()) {
                Object id = row[now.columns().indexOf("id")];
                if (!keep.contains(key(id))) {
                    db.execute("DELETE FROM " + db.quote(now.table()) + " WHERE id = ?", id);
                }
            }
        }
        for (Rows wanted : target.tables) {
            Rows now = rowsOf(wanted.table());
            Map<Object, Object[]> current = new HashMap<>();
            for (Object[] row : now == null ? List.<Object[]>of() : now.values()) {
                current.put(key(row[now.columns().indexOf("id")]), row);
            }
            int idAt = wanted.columns().indexOf("id");
            for (Object[] row : wanted.values()) {
                Object[] there = current.get(key(row[idAt]));
                if (there == null) {
                    db.execute("INSERT INTO " + db.quote(wanted.table()) + " (" + String.join(", ", wanted.columns().stream().map(db::quote).toList())
                            + ") VALUES (" + String.join(", ", wanted.columns().stream().map(c -> "?").toList()) + ")", row);
                } else if (!(wanted.columns().equals(now.columns()) && json(row).equals(json(there)))) {
                    // the version goes on from the row's own, never back: a desk that read the row before undo is told it changed
                    int versionAt = wanted.columns().indexOf(VERSION);
                    List<Object> params = new ArrayList<>(java.util.Arrays.asList(row));
                    List<String> set = new ArrayList<>(wanted.columns().stream().map(c -> db.quote(c) + " = ?").toList());
                    if (versionAt >= 0) {
                        set.remove(versionAt);
                        params.remove(versionAt);
                    }
                    if (now.columns().contains(VERSION)) {
                        set.add(db.quote(VERSION) + " = " + db.quote(VERSION) + " + 1");
                    }
                    params.add(row[idAt]);
                    db.execute("UPDATE " + db.quote(wanted.table()) + " SET " + String.join(", ", set) + " WHERE id = ?", params.toArray());
                }
            }
        }
    }

    private Rows rowsOf(String table) {
        return tables.stream().filter(r -> r.table().equals(table)).findFirst().orElse(null);
    }

    private static Set<Object> ids(Rows rows) {
        Set<Object> out = new HashSet<>();
        if (rows != null) {
            int at = rows.columns().indexOf("id");
            rows.values().forEach(r -> out.add(key(r[at])));
        }
        return out;
    }

    /** An id as a map key, whatever number type JDBC or JSON gave it. */
    private static Object key(Object id) {
        return id instanceof Number n ? (Object) n.longValue() : id;
    }

    private static Rows read(Database db, String table, String where, Object... params) {
        List<String> columns = new ArrayList<>();
        List<Object[]> values = db.query("SELECT * FROM " + db.quote(table) + " WHERE " + where + " ORDER BY id", List.of(params), rs -> {
            ResultSetMetaData md = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i));
                }
            }
            Object[] row = new Object[md.getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        });
        return new Rows(table, columns, values);
    }

    // JSON: {"tables": [{"table", "columns", "rows": [[...]]}], "links": [{"table", "id", "keys": {...}}]}

    /** The snapshot as JSON text, for the trash and the undo history. */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.add("tables", rowsJson());
        JsonArray ls = new JsonArray();
        for (Link l : links) {
            JsonObject j = new JsonObject();
            j.addProperty("table", l.table());
            j.add("id", value(l.id()));
            JsonObject keys = new JsonObject();
            l.keys().forEach((k, v) -> keys.add(k, value(v)));
            j.add("keys", keys);
            ls.add(j);
        }
        o.add("links", ls);
        return o.toString();
    }

    private JsonArray rowsJson() {
        JsonArray ts = new JsonArray();
        for (Rows r : tables) {
            JsonObject t = new JsonObject();
            t.addProperty("table", r.table());
            JsonArray cols = new JsonArray();
            r.columns().forEach(cols::add);
            t.add("columns", cols);
            JsonArray rows = new JsonArray();
            r.values().forEach(v -> rows.add(json(v)));
            t.add("rows", rows);
            ts.add(t);
        }
        return ts;
    }

    private static JsonArray json(Object[] row) {
        JsonArray a = new JsonArray();
        for (Object v : row) {
            a.add(value(v));
        }
        return a;
    }

    private static JsonElement value(Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof byte[] bytes) {
            JsonObject blob = new JsonObject();
            blob.addProperty("blob", Base64.getEncoder().encodeToString(bytes));
            return blob;
        }
        if (v instanceof Number n) {
            // one written form per value, so that a snapshot read back compares equal to one read from the tables
            return new JsonPrimitive(n instanceof Double || n instanceof Float ? (Number) n.doubleValue()
                    : n instanceof java.math.BigDecimal ? n : (Number) n.longValue());
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b ? 1L : 0L);
        }
        return new JsonPrimitive(v.toString());
    }

    /**
     * A snapshot read back from {@link #toJson}.
     *
     * @throws IllegalArgumentException if {@code json} is not one
     */
    public static RowSnapshot fromJson(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            List<Rows> tables = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("tables")) {
                JsonObject t = e.getAsJsonObject();
                List<String> cols = new ArrayList<>();
                t.getAsJsonArray("columns").forEach(c -> cols.add(c.getAsString()));
                List<Object[]> rows = new ArrayList<>();
                for (JsonElement r : t.getAsJsonArray("rows")) {
                    JsonArray a = r.getAsJsonArray();
                    Object[] row = new Object[a.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = fromValue(a.get(i));
                    }
                    rows.add(row);
                }
                tables.add(new Rows(t.get("table").getAsString(), cols, rows));
            }
            List<Link> links = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("links")) {
                JsonObject l = e.getAsJsonObject();
                Map<String, Object> keys = new LinkedHashMap<>();
                l.getAsJsonObject("keys").entrySet().forEach(k -> keys.put(k.getKey(), fromValue(k.getValue())));
                links.add(new Link(l.get("table").getAsString(), fromValue(l.get("id")), keys));
            }
            return new RowSnapshot(tables, links);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a snapshot of rows: " + e.getMessage(), e);
        }
    }

    private static Object fromValue(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonObject()) {
            return Base64.getDecoder().decode(e.getAsJsonObject().get("blob").getAsString());
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isNumber()) {
            String text = p.getAsString();
            return text.contains(".") || text.contains("e") || text.contains("E") ? (Object) p.getAsDouble() : (Object) p.getAsLong();
        }
        return p.getAsString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowSnapshot s && toJson().equals(s.toJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toJson());
    }
}
