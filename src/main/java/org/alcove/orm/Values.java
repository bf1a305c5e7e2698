package org.alcove.orm;

import java.time.LocalDate;
import java.util.Collection;

/** Conversions of Java values to what is bound in SQL. */
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
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
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
}
