package org.alcove.orm;

import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.internal.dialect.Sql;

/** bulkCreate and bulkUpdate: few statements, one transaction, no per-row preparation. */
final class Bulk {
    private Bulk() {
    }

    static <T extends Model> List<T> create(Database db, ModelMeta<?> meta, List<T> objs, BulkOptions options) {
        if (objs.isEmpty()) {
            return objs;
        }
        List<FieldMeta> fields = Writer.insertFields(meta, false);
        int perRow = fields.size();
        int maxRows = Math.max(1, db.dialect().maxVariables() / perRow);
        int batch = options.batchSize() > 0 ? Math.min(options.batchSize(), maxRows) : Math.min(maxRows, 2000);
        String conflict = conflictClause(db, meta, options);
        db.atomic(() -> {
            Sql full = null;
            for (int start = 0; start < objs.size(); start += batch) {
                int n = Math.min(batch, objs.size() - start);
                Sql template = n == batch && full != null ? full : Writer.insertSql(db, meta, fields, n, conflict, options.returnIds());
                if (n == batch) {
                    full = template;
                }
                Sql sql = new Sql().append(template.text());
                List<Object> params = sql.params();
                for (int i = start; i < start + n; i++) {
                    T obj = objs.get(i);
                    for (FieldMeta f : fields) {
                        params.add(Writer.columnValue(f, obj));
                    }
                }
                int first = start;
                if (!options.returnIds()) {
                    db.executor().update(sql);
                } else {
                    db.executor().updateReturning(sql, rs -> {
                        int i = first;
                        while (rs.next()) {
                            Model obj = objs.get(i++);
                            obj.id = rs.getLong(1);
                            obj.db = db;
                        }
                        return null;
                    });
                }
            }
        });
        return objs;
    }

    private static String conflictClause(Database db, ModelMeta<?> meta, BulkOptions options) {
        if (options.ignoreConflicts()) {
            return " ON CONFLICT DO NOTHING";
        }
        if (options.uniqueFields().isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(" ON CONFLICT (");
        for (int i = 0; i < options.uniqueFields().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(db.dialect().quote(field(meta, options.uniqueFields().get(i)).column()));
        }
        b.append(") DO UPDATE SET ");
        for (int i = 0; i < options.updateFields().size(); i++) {
            String col = db.dialect().quote(field(meta, options.updateFields().get(i)).column());
            b.append(i == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
        }
        return b.toString();
    }

    private static FieldMeta field(ModelMeta<?> meta, String name) {
        return meta.field(name).orElseThrow(() -> new FieldError("Cannot resolve keyword '" + name
                + "' into field. Choices are: " + meta.choices(List.of())));
    }

    static int update(Database db, ModelMeta<?> meta, List<? extends Model> objs, List<String> fieldNames) {
        if (fieldNames.isEmpty()) {
            throw new FieldError("Field names must be given to bulkUpdate().");
        }
        List<FieldMeta> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder("UPDATE ").append(db.dialect().quote(meta.table())).append(" SET ");
        for (String name : fieldNames) {
            FieldMeta f = field(meta, name);
            if (f.isPrimaryKey()) {
                throw new FieldError("bulkUpdate() cannot be used with primary key fields.");
            }
            b.append(fields.isEmpty() ? "" : ", ").append(db.dialect().quote(f.column())).append(" = ?");
            fields.add(f);
        }
        meta.versionField().filter(v -> !fieldNames.contains(v.name())).ifPresent(v ->
                b.append(", ").append(db.dialect().quote(v.column())).append(" = ").append(db.dialect().quote(v.column())).append(" + 1"));
        b.append(" WHERE \"id\" = ?");
        List<List<Object>> rows = new ArrayList<>();
        for (Model obj : objs) {
            if (obj.id == null) {
                throw new OrmException("All bulkUpdate() objects must have a primary key set.");
            }
            List<Object> row = new ArrayList<>(fields.size() + 1);
            for (FieldMeta f : fields) {
                row.add(Writer.columnValue(f, obj));
            }
            row.add(obj.id);
            rows.add(row);
        }
        return db.atomic(() -> {
            int total = 0;
            for (int c : db.executor().batch(b.toString(), rows)) {
                total += Math.max(c, 0);
            }
            return total;
        });
    }
}
