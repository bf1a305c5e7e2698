package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.internal.dialect.Sql;

/** Inserts and updates of model instances: one at a time, and in bulk within the variable limit. */
final class Writer {
    private Writer() {
    }

    static void save(Database db, Model obj) {
        ModelMeta<?> meta = ModelMeta.of(obj.getClass());
        if (obj.id != null && obj.db != null) {
            if (update(db, meta, obj) > 0) {
                return;
            }
        }
        insert(db, meta, obj);
    }

    private static int update(Database db, ModelMeta<?> meta, Model obj) {
        FieldMeta version = meta.versionField().filter(v -> (obj.deferred & (1L << v.index)) == 0).orElse(null);
        Sql sql = new Sql().append("UPDATE ").append(db.dialect().quote(meta.table())).append(" SET ");
        int n = 0;
        long read = version == null ? 0 : ((Number) version.get(obj)).longValue();
        for (FieldMeta f : meta.fields()) {
            if (f.isPrimaryKey() || (obj.deferred & (1L << f.index)) != 0) {
                continue;
            }
            sql.append(n++ == 0 ? "" : ", ").append(db.dialect().quote(f.column())).append(" = ")
                    .param(f == version ? read + 1 : columnValue(f, obj));
        }
        if (n == 0) {
            return 1;
        }
        sql.append(" WHERE \"id\" = ").param(obj.id);
        if (version == null) {
            return db.executor().update(sql);
        }
        // optimistic concurrency: the row is written only if nobody wrote it since it was read
        sql.append(" AND ").append(db.dialect().quote(version.column())).append(" = ").param(read);
        int written = db.executor().update(sql);
        if (written == 0) {
            boolean exists = db.objects(meta.type()).filter("pk", obj.id).exists();
            throw new StaleObjectError(meta.label(), obj.id, read, !exists);
        }
        version.set(obj, version.parse(read + 1));
        return written;
    }

    private static void insert(Database db, ModelMeta<?> meta, Model obj) {
        List<FieldMeta> fields = insertFields(meta, obj.id != null);
        Sql sql = insertSql(db, meta, fields, 1, null, true);
        for (FieldMeta f : fields) {
            sql.params().add(f.isPrimaryKey() ? obj.id : columnValue(f, obj));
        }
        long id = db.executor().updateReturning(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
        obj.id = id;
        obj.db = db;
    }

    static List<FieldMeta> insertFields(ModelMeta<?> meta, boolean withId) {
        List<FieldMeta> fields = new ArrayList<>();
        for (FieldMeta f : meta.fields()) {
            if (!f.isPrimaryKey() || withId) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** {@code INSERT INTO t (cols) VALUES (?, ...), ... [conflict clause] [RETURNING id]}, without parameters. */
    static Sql insertSql(Database db, ModelMeta<?> meta, List<FieldMeta> fields, int rows, String conflict, boolean returning) {
        StringBuilder b = new StringBuilder("INSERT INTO ").append(db.dialect().quote(meta.table())).append(" (");
        StringBuilder one = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(db.dialect().quote(fields.get(i).column()));
            one.append(i == 0 ? "?" : ", ?");
        }
        one.append(')');
        b.append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "" : ", ").append(one);
        }
        if (conflict != null) {
            b.append(conflict);
        }
        if (returning) {
            b.append(" RETURNING \"id\"");
        }
        return new Sql().append(b.toString());
    }

    /** The value a field of {@code obj} is stored as, applying a declared default to a null. */
    static Object columnValue(FieldMeta f, Model obj) {
        Object v = f.get(obj);
        if (v == null && f.hasDefault()) {
            return f.toDatabase(f.parse(f.defaultValue()));
        }
        if (v instanceof Model target && target.id == null) {
            throw new OrmException("save() prohibited to prevent data loss due to unsaved related object '" + f.name() + "'.");
        }
        return Values.toDatabase(v);
    }
}
