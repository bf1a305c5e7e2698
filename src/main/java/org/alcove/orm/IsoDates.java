package org.alcove.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Reading {@code YYYY-MM-DD} text fast, digit by digit, for the ORM's date columns and for importers;
 * and the text of a date and time as a {@link DateTimeField} stores it.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** The number written in {@code s} from {@code from} to {@code to} (exclusive), or -1 when a character there is not a digit 0–9. */
    public static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * A date and time from {@code YYYY-MM-DD HH:MM[:SS[.fraction]]} (a {@code T} instead of the
     * space too, as ISO 8601 writes it), a {@link LocalDateTime}, or a {@link LocalDate} (its
     * midnight), cut to microseconds as stored.
     */
    public static LocalDateTime dateTime(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        String s = value.toString().trim();
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        if (s.length() < 16 || (s.charAt(10) != ' ' && s.charAt(10) != 'T')) {
            throw new DateTimeParseException("not a date and time", s, Math.min(s.length(), 10));
        }
        return LocalDateTime.of(LocalDate.parse(s.substring(0, 10)), LocalTime.parse(s.substring(11)))
                .truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code YYYY-MM-DD} without a formatter or a StringBuilder: this runs for every date of a bulk insert. */
    public static String dateText(LocalDate d) {
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

    /** Parses {@code YYYY-MM-DD} (or the date at the start of a longer text) without the cost of a general formatter. */
    public static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = number(s, 0, 4);
            int m = number(s, 5, 7);
            int d = number(s, 8, 10);
            if (y >= 0 && m > 0 && d > 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    /** {@code YYYY-MM-DD HH:MM:SS}, with {@code .ffffff} when there are microseconds: Django's text on SQLite. */
    public static String dateTimeText(LocalDateTime t) {
        LocalDateTime micros = t.truncatedTo(ChronoUnit.MICROS);
        String date = micros.toLocalDate().toString();
        String time = String.format("%02d:%02d:%02d", micros.getHour(), micros.getMinute(), micros.getSecond());
        int nanos = micros.getNano();
        return date + " " + time + (nanos == 0 ? "" : String.format(".%06d", nanos / 1000));
    }
}
