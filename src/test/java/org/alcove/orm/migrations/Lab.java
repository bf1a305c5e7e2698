package org.alcove.orm.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.TestBackend;
import org.alcove.orm.migrations.fixtures.v1.Label;
import org.alcove.orm.migrations.fixtures.v1.Shelf;
import org.alcove.orm.internal.schema.IndexDef;

/**
 * A test bench for migrations: a migrations folder whose 0001 makemigrations wrote from the v1
 * Shelf/Label models, and a database file migrated to it and holding thousands of rows.
 */
final class Lab implements AutoCloseable {
    static final int SHELVES = 3000;

    final Path dir;
    final Database db;
    private int number = 1;
    private String last = "0001_initial";

    private Lab(Path tmp) {
        this.dir = tmp.resolve("migrations");
        MigrationMaker.write(new MigrationMaker(source(), List.of(Shelf.class, Label.class)).make().orElseThrow(), dir);
        this.db = TestBackend.open(tmp.resolve("lab.sqlite3"));
        migrator().migrate(MigrationProgress.NONE);
    }

    static Lab withData(Path tmp) {
        Lab lab = new Lab(tmp);
        lab.db.atomic(() -> {
            for (int i = 1; i <= SHELVES; i++) {
                lab.db.execute("INSERT INTO shelf (id, name, position, code) VALUES (?, ?, ?, ?)",
                        i, "shelf " + i, i % 3 == 0 ? null : i, "C" + i);
                lab.db.execute("INSERT INTO label (text, shelf_id) VALUES (?, ?)", "label a" + i, i);
                lab.db.execute("INSERT INTO label (text, shelf_id) VALUES (?, ?)", "label b" + i, i);
            }
        });
        return lab;
    }

    MigrationSource source() {
        return MigrationSource.directory("lab", dir);
    }

    Migrator migrator() {
        return new Migrator(db, source());
    }

    /** Writes the next migration with the given operations (JSON objects, comma-separated); returns its name. */
    String add(String name, String operations) {
        String full = String.format("%04d_%s", ++number, name);
        String json = "{\"name\": \"" + full + "\", \"dependencies\": [\"" + last + "\"], \"operations\": [" + operations + "]}";
        try {
            Files.writeString(dir.resolve(full + ".json"), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        last = full;
        return full;
    }

    List<String> migrate(String target) {
        return migrator().migrate(target, MigrationProgress.NONE);
    }

    List<String> columns(String table) {
        return db.schemaEditor().columnNames(table);
    }

    List<String> indexNames(String table) {
        // a UNIQUE column's own index: sqlite_autoindex_TABLE_N on SQLite, TABLE_COLUMN_key on PostgreSQL
        return db.schemaEditor().indexes(table).stream().map(IndexDef::name)
                .filter(n -> !n.startsWith("sqlite_") && !(TestBackend.postgres() && n.endsWith("_key"))).toList();
    }

    List<IndexDef> indexes(String table) {
        return db.schemaEditor().indexes(table);
    }

    long count(String sql) {
        return db.query(sql, List.of(), rs -> rs.getLong(1)).get(0);
    }

    List<String> strings(String sql) {
        return db.query(sql, List.of(), rs -> rs.getString(1));
    }

    /** Whether the column is NOT NULL, as SQLite's pragma says it: "1" or "0". */
    String notNull(String table, String column) {
        return TestBackend.postgres()
                ? strings("SELECT CASE WHEN is_nullable = 'NO' THEN '1' ELSE '0' END FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = '" + table + "' AND column_name = '" + column + "'").get(0)
                : strings("SELECT \"notnull\" FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'").get(0);
    }

    /** The kind of value a row holds in a column: "text" or "integer". */
    String valueType(String table, String column, long id) {
        if (TestBackend.postgres()) {
            String type = strings("SELECT pg_typeof(" + column + ")::text FROM " + table + " WHERE id = " + id).get(0);
            return type.equals("character varying") ? "text" : type;
        }
        return strings("SELECT typeof(" + column + ") FROM " + table + " WHERE id = " + id).get(0);
    }

    /** The tables a table's foreign keys refer to. */
    List<String> referencedTables(String table) {
        return TestBackend.postgres()
                ? strings("SELECT confrelid::regclass::text FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = 'f'")
                : strings("SELECT \"table\" FROM pragma_foreign_key_list('" + table + "')");
    }

    /** Schema, every row of every table and the history, as text to compare before and after. */
    String snapshot() {
        StringBuilder b = new StringBuilder();
        schema().forEach(s -> b.append(s).append('\n'));
        for (String table : db.tableNames()) {
            List<String> rows = db.query("SELECT * FROM \"" + table + "\" ORDER BY 1", List.of(), rs -> {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                return String.join("|", cells);
            });
            b.append(table).append(": ").append(rows.size()).append('\n');
            rows.forEach(r -> b.append(r).append('\n'));
        }
        return b.toString();
    }

    /**
     * The schema as lines sorted by name: SQLite's own {@code sqlite_master}; on PostgreSQL each
     * table's columns and constraints from the catalogue, and each index as the statement that makes it.
     */
    private List<String> schema() {
        if (!TestBackend.postgres()) {
            return strings("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
        }
        java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
        for (String table : db.tableNames()) {
            List<String> columns = strings("SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                    + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '" + table + "' ORDER BY ordinal_position");
            List<String> constraints = strings("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                    + table + "'::regclass ORDER BY conname");
            lines.put(table, "table " + table + " " + String.join(", ", columns) + " | " + String.join(", ", constraints));
            for (IndexDef i : indexes(table)) {
                lines.put(i.name(), "index " + i.name() + " " + table + " " + db.dialect().createIndex(table, i));
            }
        }
        return List.copyOf(lines.values());
    }

    @Override
    public void close() {
        db.close();
    }
}
