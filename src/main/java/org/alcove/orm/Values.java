package org.alcove.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

/** Conversions of Java values to what is bound in SQL. */
final class Values {
    private Values() {
    }

    /** {@code YYYY-MM-DD} without a formatter or a StringBuilder: this runs for every date of a bulk insert. */
    static String isoDate(LocalDate d) {
        int y = d.getYear();
        if (y < 0 || y > 9999) {
            return d.toString();
        }
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10), (char) ('0' + y % 10), '-',
            (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
    }

    static Object toDatabase(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Choice c) {
            return c.code();
        }
        if (value instanceof LocalDate d) {
            return isoDate(d);
        }
        if (value instanceof LocalDateTime t) {
            return IsoDates.dateTimeText(t);
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
