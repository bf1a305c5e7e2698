package org.alcove.orm;

import java.util.List;

import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.internal.schema.TableDef;

/**
 * Creates and drops tables and indexes from model definitions or {@link TableDef}s, through the
 * database's dialect. The migrations framework drives it; tests may call it directly:
 *
 * <pre>{@code
 * db.schemaEditor().createModels(Author.class, Book.class);
 * }</pre>
 */
public final class SchemaEditor {
    private final Database db;

    SchemaEditor(Database db) {
        this.db = db;
    }

    /** The table definition of a model as this database's dialect writes it. */
    public TableDef tableOf(Class<? extends Model> model) {
        return ModelMeta.of(model).toTableDef(db.dialect()::literal);
    }

    /**
     * Creates each model's table with its indexes and constraints, then the through tables of the
     * many-to-many relations they declare without a through model, in one transaction.
     */
    @SafeVarargs
    public final void createModels(Class<? extends Model>... models) {
        db.atomic(() -> {
            for (Class<? extends Model> m : models) {
                createTable(tableOf(m));
            }
            for (Class<? extends Model> m : models) {
                for (ManyToManyRelation rel : ModelMeta.of(m).manyToManyRelations()) {
                    if (rel.forward() && rel.autoCreated()) {
                        createTable(rel.autoThroughTable());
                    }
                }
            }
        });
    }

    /** Creates a table, then its indexes and unique constraints. */
    public void createTable(TableDef table) {
        db.executeScript(db.dialect().createTable(table));
        for (IndexDef index : table.indexes()) {
            createIndex(table.name(), index);
        }
    }

    /** Creates an index or unique constraint. */
    public void createIndex(String table, IndexDef index) {
        db.executeScript(db.dialect().createIndex(table, index));
    }

    /**
     * Runs {@code work} with the table's plain (non-unique) indexes dropped, and builds them again
     * after it, all in one transaction: loading many rows and then indexing them once is far
     * faster than updating every index row by row, and a failure puts the indexes back with the
     * rest. Unique indexes stay, so conflicts are still caught as rows arrive, and so do the plain
     * indexes whose columns {@code kept} accepts (ones the work reads through) and those on
     * expressions rather than columns.
     */
    public <R> R withPlainIndexesDeferred(String table, java.util.function.Predicate<List<String>> kept, java.util.function.Supplier<R> work) {
        return db.atomic(() -> {
            // an index on expressions (PostgreSQL's trigram indexes) is listed without columns: it could not be made again, so it stays
            List<IndexDef> plain = indexes(table).stream().filter(i -> !i.unique() && !i.columns().isEmpty() && !kept.test(i.columns())).toList();
            plain.forEach(i -> dropIndex(table, i.name()));
            R result = work.get();
            if (plain.isEmpty()) {
                return result;
            }
            // PostgreSQL builds no index on a table with foreign-key checks still pending from the load: run them first
            String now = db.dialect().checkConstraintsNowSql();
            if (now != null) {
                db.executeScript(now);
            }
            String[] around = db.dialect().aroundIndexBuilds();
            if (around != null) {
                db.executeScript(around[0]);
            }
            try {
                plain.forEach(i -> createIndex(table, i));
            } finally {
                if (around != null) {
                    db.executeScript(around[1]);
                }
            }
            String deferred = db.dialect().deferConstraintsSql();
            if (now != null && deferred != null) {
                db.executeScript(deferred);
            }
            return result;
        });
    }

    /** Drops an index or unique constraint. */
    public void dropIndex(String table, String name) {
        db.executeScript(db.dialect().dropIndex(table, name));
    }

    /** Drops a table. */
    public void dropTable(String table) {
        db.executeScript("DROP TABLE " + db.dialect().quote(table));
    }

    /** The names of a table's columns, in order, as the database reports them. */
    public List<String> columnNames(String table) {
        return db.executor().withPrimary(unused -> db.dialect().columnNames(db.executor().primaryConnection(), table));
    }

    /** The indexes and unique constraints on a table, as the database reports them, sorted by name. */
    public List<IndexDef> indexes(String table) {
        return db.executor().withPrimary(unused -> db.dialect().indexes(db.executor().primaryConnection(), table));
    }

    /** Rebuilds a table into {@code table}'s definition, copying rows as {@code copy} says (see {@link org.alcove.orm.internal.dialect.Dialect#rebuildTable}). */
    public void rebuildTable(TableDef table, java.util.Map<String, String> copy) {
        for (String sql : db.dialect().rebuildTable(table, copy)) {
            db.executeScript(sql);
        }
    }
}
