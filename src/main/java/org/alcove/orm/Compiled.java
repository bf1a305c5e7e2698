package org.alcove.orm;

import org.alcove.orm.internal.dialect.Sql;

/**
 * An expression rendered to SQL: the fragment, whether it aggregates, and the field whose
 * conversion applies to its values (null when the database's own type is kept).
 */
record Compiled(Sql sql, boolean aggregate, FieldMeta field, Kind kind) {
    /** How a computed value is read back. */
    enum Kind {
        FIELD, INTEGER, DECIMAL_NUMBER, BOOLEAN, RAW,
        /** A computed date, read as a {@code LocalDate}. */
        DATE,
        /** A computed date and time, read as a {@code LocalDateTime}. */
        DATETIME
    }

    static Compiled of(Sql sql, boolean aggregate, FieldMeta field) {
        return new Compiled(sql, aggregate, field, field == null ? Kind.RAW : Kind.FIELD);
    }
}
