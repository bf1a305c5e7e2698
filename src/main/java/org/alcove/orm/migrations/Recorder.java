package org.alcove.orm.migrations;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.Database;
import org.alcove.orm.FieldKind;
import org.alcove.orm.internal.schema.ColumnDef;
import org.alcove.orm.internal.schema.TableDef;

/** The history table: which migrations of which application are applied, and when. */
final class Recorder {
    static final String TABLE = "alcove_migrations";

    private final Database db;
    private final String app;

    Recorder(Database db, String app) {
        this.db = db;
        this.app = app;
    }

    boolean exists() {
        return db.tableNames().contains(TABLE);
    }

    void ensureTable() {
        if (!exists()) {
            db.schemaEditor().createTable(new TableDef(TABLE, List.of(
                    column("id", FieldKind.AUTO, 0),
                    column("app", FieldKind.CHAR, 100),
                    column("name", FieldKind.CHAR, 255),
                    column("applied_at", FieldKind.TEXT, 0)), List.of()));
        }
    }

    private static ColumnDef column(String name, FieldKind kind, int maxLength) {
        return new ColumnDef(name, kind, false, false, maxLength, 0, 0, null, null, null);
    }

    /** Applied migration names mapped to when they were applied, in the order they were applied. */
    Map<String, String> applied() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!exists()) {
            return out;
        }
        String q = db.dialect().quote(TABLE);
        for (String[] row : db.query("SELECT name, applied_at FROM " + q + " WHERE app = ? ORDER BY id", List.of(app),
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    void record(String name) {
        db.execute("INSERT INTO " + db.dialect().quote(TABLE) + " (app, name, applied_at) VALUES (?, ?, ?)",
                app, name, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    void unrecord(String name) {
        db.execute("DELETE FROM " + db.dialect().quote(TABLE) + " WHERE app = ? AND name = ?", app, name);
    }
}
