package org.alcove.orm.migrations;

import java.math.BigDecimal;

import com.google.gson.JsonObject;

import org.alcove.orm.FieldKind;
import org.alcove.orm.FieldMeta;
import org.alcove.orm.ModelMeta;
import org.alcove.orm.OnDelete;
import org.alcove.orm.internal.dialect.Dialect;
import org.alcove.orm.internal.schema.ColumnDef;

/**
 * A field as a migration knows it: what the database needs of it (column, kind, nullability,
 * uniqueness, default, target), not what only Java uses (blank, choices, related name).
 */
record FieldState(String name, String column, FieldKind kind, boolean nullable, boolean unique, boolean dbIndex,
                  int maxLength, int maxDigits, int decimalPlaces, String defaultValue, String to, OnDelete onDelete) {

    static FieldState of(FieldMeta f) {
        String to = f.isRelation() ? ModelMeta.of(f.target()).label() : null;
        boolean index = f.dbIndex() && !f.isRelation();
        return new FieldState(f.name(), f.column(), f.kind(), f.nullable(), f.unique() && !f.isPrimaryKey(), index,
                f.maxLength(), f.maxDigits(), f.decimalPlaces(), f.defaultValue(), to, f.onDelete());
    }

    boolean isRelation() {
        return kind == FieldKind.FOREIGN_KEY;
    }

    /** Whether the column gets an index of its own (foreign keys and dbIndex fields that are not unique). */
    boolean indexed() {
        return (isRelation() || dbIndex) && !unique;
    }

    FieldState withName(String newName, String newColumn) {
        return new FieldState(newName, newColumn, kind, nullable, unique, dbIndex, maxLength, maxDigits, decimalPlaces,
                defaultValue, to, onDelete);
    }

    FieldState withTarget(String newTarget) {
        return new FieldState(name, column, kind, nullable, unique, dbIndex, maxLength, maxDigits, decimalPlaces,
                defaultValue, newTarget, onDelete);
    }

    ColumnDef toColumn(Dialect dialect, ProjectState state) {
        String defaultSql = defaultValue == null ? null : dialect.literal(typedDefault());
        String references = isRelation() ? state.model(to).table() : null;
        return new ColumnDef(column, kind, nullable, unique, maxLength, maxDigits, decimalPlaces, defaultSql, references, onDelete);
    }

    private Object typedDefault() {
        return switch (kind) {
            case BOOLEAN -> Boolean.parseBoolean(defaultValue) || "1".equals(defaultValue);
            case AUTO, INTEGER, POSITIVE_INTEGER, FOREIGN_KEY -> Long.parseLong(defaultValue.trim());
            case DECIMAL -> new BigDecimal(defaultValue.trim());
            default -> defaultValue;
        };
    }

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("column", column);
        o.addProperty("kind", kind.name());
        if (maxLength > 0) {
            o.addProperty("maxLength", maxLength);
        }
        if (kind == FieldKind.DECIMAL) {
            o.addProperty("maxDigits", maxDigits);
            o.addProperty("decimalPlaces", decimalPlaces);
        }
        if (nullable) {
            o.addProperty("nullable", true);
        }
        if (unique) {
            o.addProperty("unique", true);
        }
        if (dbIndex) {
            o.addProperty("dbIndex", true);
        }
        if (defaultValue != null) {
            o.addProperty("default", defaultValue);
        }
        if (to != null) {
            o.addProperty("to", to);
            o.addProperty("onDelete", onDelete.name());
        }
        return o;
    }

    static FieldState fromJson(JsonObject o) {
        String name = Json.string(o, "name");
        FieldKind kind = FieldKind.valueOf(Json.string(o, "kind"));
        return new FieldState(name, o.has("column") ? Json.string(o, "column") : name, kind,
                Json.bool(o, "nullable"), Json.bool(o, "unique"), Json.bool(o, "dbIndex"),
                Json.integer(o, "maxLength"), Json.integer(o, "maxDigits"), Json.integer(o, "decimalPlaces"),
                o.has("default") ? Json.string(o, "default") : null,
                o.has("to") ? Json.string(o, "to") : null,
                o.has("onDelete") ? OnDelete.valueOf(Json.string(o, "onDelete")) : null);
    }
}
