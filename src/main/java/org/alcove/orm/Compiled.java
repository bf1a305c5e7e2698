package org.alcove.orm;

import org.alcove.orm.internal.dialect.Sql;

/**
 * An expression rendered to SQL: the fragment, whether it aggregates, and the field whose
 * conversion applies to its values (null when the database's own type is kept).
 */
record Compiled(Sql sql, boolean aggregate, FieldMeta field, Kind kind) {
    /** How a computed value is read back. */
    enum Kind { FIELD, INTEGER, DECIMAL_NUMBER, BOOLEAN, RAW }

    static Compiled of(Sql sql, boolean aggregate, FieldMeta field) {
        return new Compiled(sql, aggregate, field, field == null ? Kind.RAW : Kind.FIELD);
    }
}
