package org.alcove.orm.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.Database;
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
        this.db = Database.open(tmp.resolve("lab.sqlite3"));
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
        return db.schemaEditor().indexes(table).stream().map(IndexDef::name).filter(n -> !n.startsWith("sqlite_")).toList();
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

    /** Schema, every row of every table and the history, as text to compare before and after. */
    String snapshot() {
        StringBuilder b = new StringBuilder();
        strings("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name").forEach(s -> b.append(s).append('\n'));
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

    @Override
    public void close() {
        db.close();
    }
}
