package org.alcove.orm;

import java.util.Collection;

import org.alcove.orm.internal.dialect.Dialect;

/**
 * Conversions of Java values to what is bound in SQL: choices become their codes, models their ids,
 * enums their names. Dates, dates and times, booleans and decimals stay Java values here; each
 * dialect binds them in its own form ({@link Dialect#bind}): ISO text and 1/0 on SQLite, typed on PostgreSQL.
 */
final class Values {
    private Values() {
    }

    static Object toDatabase(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Choice c) {
            return c.code();
        }
        if (value instanceof Model m) {
            return m.getId();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?>) {
            throw new FieldError("A list is not a single value: use the 'in' lookup");
        }
        return value;
    }

    /** A value as the text a text lookup ({@code contains}, {@code iexact}, ...) compares with. */
    static String text(Object value) {
        Object v = toDatabase(value);
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof java.time.LocalDate d) {
            return IsoDates.dateText(d);
        }
        if (v instanceof java.time.LocalDateTime t) {
            return IsoDates.dateTimeText(t);
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v);
    }
}
