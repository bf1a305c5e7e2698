package org.alcove.orm.migrations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.Database;
import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * Where operations send their schema changes: run against the database, or collected as SQL for
 * {@code sqlmigrate}. Every statement is made by the dialect and run through {@link Database#executeScript}.
 */
final class SchemaContext {
    private final Database db;
    private final List<String> collected;

    private SchemaContext(Database db, List<String> collected) {
        this.db = db;
        this.collected = collected;
    }

    static SchemaContext applying(Database db) {
        return new SchemaContext(db, null);
    }

    static SchemaContext collecting(Database db) {
        return new SchemaContext(db, new ArrayList<>());
    }

    Dialect dialect() {
        return db.dialect();
    }

    /** The database, for data migrations; null when only collecting SQL. */
    Database database() {
        return collected == null ? db : null;
    }

    List<String> collected() {
        return collected == null ? List.of() : List.copyOf(collected);
    }

    void run(String sql) {
        if (collected != null) {
            collected.add(sql + ";");
        } else {
            db.executeScript(sql);
        }
    }

    void comment(String text) {
        if (collected != null) {
            collected.add("-- " + text);
        }
    }

    void runAll(List<String> statements) {
        statements.forEach(this::run);
    }

    void createTable(TableDef table) {
        run(dialect().createTable(table));
        table.indexes().forEach(i -> run(dialect().createIndex(table.name(), i)));
    }

    void dropTable(String table) {
        run("DROP TABLE " + dialect().quote(table));
    }

    /**
     * Rebuilds {@code from}'s table into {@code to}'s definition. Columns found in both (after
     * {@code renamed}, new name to old name) are copied, converted where their definitions differ.
     */
    void rebuild(TableDef from, TableDef to, Map<String, String> renamed) {
        comment("Rebuild table " + to.name() + " (" + dialect().name() + " cannot ALTER this)");
        Map<String, String> copy = new LinkedHashMap<>();
        for (ColumnDef c : to.columns()) {
            String source = renamed.getOrDefault(c.name(), c.name());
            from.column(source).ifPresent(old -> copy.put(c.name(), sameColumn(old, c.withName(old.name()))
                    ? dialect().quote(old.name()) : dialect().convertColumn(old, c)));
        }
        runAll(dialect().rebuildTable(to, copy));
    }

    /**
     * Changes column {@code from} of table {@code before} into {@code to} with ALTER TABLE, and the
     * table's indexes from {@code before}'s to {@code after}'s (a dialect that does not rebuild tables).
     */
    void alterInPlace(TableDef before, TableDef after, ColumnDef from, ColumnDef to) {
        for (IndexDef i : before.indexes()) {
            if (!after.indexes().contains(i)) {
                run(dialect().dropIndex(before.name(), i.name()));
            }
        }
        runAll(dialect().alterColumn(after.name(), from, to));
        createIndexesNotIn(before, after);
    }

    /** Creates the indexes of {@code after} that {@code before} does not have. */
    void createIndexesNotIn(TableDef before, TableDef after) {
        for (IndexDef i : after.indexes()) {
            if (!before.indexes().contains(i)) {
                run(dialect().createIndex(after.name(), i));
            }
        }
    }

    /** Whether two column definitions are the same for the database (the ORM-only onDelete aside). */
    static boolean sameColumn(ColumnDef a, ColumnDef b) {
        return a.withName("").equals(new ColumnDef("", b.kind(), b.nullable(), b.unique(), b.maxLength(), b.maxDigits(),
                b.decimalPlaces(), b.defaultSql(), b.references(), a.onDelete()));
    }
}
