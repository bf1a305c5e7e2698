package org.alcove.orm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.orm.internal.dialect.Dialect;

/**
 * Builds model objects (or value maps) from result rows by column position, with the conversions
 * and setters resolved once per model: no reflection, no name lookups per row.
 */
final class Hydrator {
    private Hydrator() {
    }

    /** Reads one row at a time into a result. */
    interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    static <T extends Model> RowReader<T> models(Database db, ModelMeta<T> meta, SelectCompiler.Layout layout) {
        List<FieldMeta> fields = layout.baseFields();
        int n = fields.size();
        FieldMeta[] columns = fields.toArray(new FieldMeta[0]);
        long mask = layout.deferredMask();
        List<SelectCompiler.Related> related = layout.related();
        List<String> names = layout.annotationNames();
        Compiled[] annotations = layout.annotationColumns().toArray(new Compiled[0]);
        int firstAnnotation = layout.firstAnnotation();
        return rs -> {
            T obj = meta.newInstance();
            obj.db = db;
            obj.deferred = mask;
            for (int i = 0; i < n; i++) {
                columns[i].set(obj, read(db, rs, i + 1, columns[i]));
            }
            for (SelectCompiler.Related r : related) {
                attachRelated(db, rs, obj, r);
            }
            for (int i = 0; i < annotations.length; i++) {
                obj.setAnnotation(names.get(i), computed(db.dialect(), rs, firstAnnotation + i, annotations[i]));
            }
            return obj;
        };
    }

    private static void attachRelated(Database db, ResultSet rs, Model obj, SelectCompiler.Related r) throws SQLException {
        Model owner = obj;
        List<FieldMeta> path = r.path();
        for (int i = 0; i < path.size() - 1; i++) {
            owner = (Model) path.get(i).get(owner);
            if (owner == null) {
                return;
            }
        }
        FieldMeta fk = path.get(path.size() - 1);
        long id = rs.getLong(r.firstColumn());
        if (rs.wasNull()) {
            fk.set(owner, null);
            return;
        }
        Model target = r.model().newInstance();
        target.db = db;
        target.id = id;
        List<FieldMeta> fields = r.model().fields();
        for (int i = 1; i < fields.size(); i++) {
            FieldMeta f = fields.get(i);
            f.set(target, read(db, rs, r.firstColumn() + i, f));
        }
        fk.set(owner, target);
    }

    static RowReader<Map<String, Object>> maps(Database db, SelectCompiler.Layout layout) {
        Dialect d = db.dialect();
        List<String> names = layout.valueNames();
        Compiled[] cols = layout.valueColumns().toArray(new Compiled[0]);
        return rs -> {
            Map<String, Object> row = new LinkedHashMap<>(names.size() * 2);
            for (int i = 0; i < cols.length; i++) {
                row.put(names.get(i), computed(d, rs, i + 1, cols[i]));
            }
            return row;
        };
    }

    static RowReader<List<Object>> lists(Dialect d, SelectCompiler.Layout layout) {
        Compiled[] cols = layout.valueColumns().toArray(new Compiled[0]);
        return rs -> {
            List<Object> row = new ArrayList<>(cols.length);
            for (int i = 0; i < cols.length; i++) {
                row.add(computed(d, rs, i + 1, cols[i]));
            }
            return row;
        };
    }

    static RowReader<Object> flat(Dialect d, SelectCompiler.Layout layout, Class<?> type) {
        Compiled col = layout.valueColumns().get(0);
        if (type == Long.class) {
            return rs -> computed(d, rs, 1, col) instanceof Number n ? (Object) n.longValue() : null;
        }
        if (type == Integer.class) {
            return rs -> computed(d, rs, 1, col) instanceof Number n ? (Object) n.intValue() : null;
        }
        if (type == Double.class) {
            return rs -> computed(d, rs, 1, col) instanceof Number n ? (Object) n.doubleValue() : null;
        }
        return rs -> {
            Object v = computed(d, rs, 1, col);
            if (v != null && !type.isInstance(v)) {
                throw new FieldError("valuesListFlat: " + v + " is not a " + type.getSimpleName());
            }
            return v;
        };
    }

    /** A computed column: an annotation, a value, an aggregate. */
    static Object computed(Dialect d, ResultSet rs, int column, Compiled c) throws SQLException {
        switch (c.kind()) {
            case FIELD:
                if (c.field().isRelation()) {
                    long id = rs.getLong(column);
                    return rs.wasNull() ? null : id;
                }
                return readValue(d, rs, column, c.field());
            case INTEGER: {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            }
            case DECIMAL_NUMBER: {
                double v = rs.getDouble(column);
                return rs.wasNull() ? null : v;
            }
            case BOOLEAN:
                return d.readBoolean(rs, column);
            case DATE:
                return d.readDate(rs, column);
            case DATETIME:
                return d.readDateTime(rs, column);
            default: {
                Object v = rs.getObject(column);
                return v instanceof Integer i ? Long.valueOf(i) : v;
            }
        }
    }

    /** The Java value of a model field at {@code column}; a foreign key becomes an unloaded target. */
    static Object read(Database db, ResultSet rs, int column, FieldMeta f) throws SQLException {
        if (f.isRelation()) {
            long id = rs.getLong(column);
            if (rs.wasNull()) {
                return null;
            }
            ModelMeta<?> target = f.targetMeta();
            Model stub = target.newInstance();
            stub.db = db;
            stub.id = id;
            stub.deferred = target.allFieldsMask();
            return stub;
        }
        return readValue(db.dialect(), rs, column, f);
    }

    static Object readValue(Dialect d, ResultSet rs, int column, FieldMeta f) throws SQLException {
        switch (f.kind()) {
            case AUTO: {
                long v = rs.getLong(column);
                return v == 0 && rs.wasNull() ? null : (Object) v; // Min("books") of an author without books
            }
            case INTEGER:
            case POSITIVE_INTEGER: {
                long v = rs.getLong(column);
                if (v == 0 && rs.wasNull()) {
                    return null;
                }
                Class<?> t = f.javaType();
                return t == int.class || t == Integer.class ? (Object) (int) v : (Object) v;
            }
            case CHAR: {
                String s = rs.getString(column);
                return s == null || f.choices() == null ? s : f.choiceOf(s);
            }
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
                throw new IllegalStateException(f.kind().toString());
        }
    }
}
