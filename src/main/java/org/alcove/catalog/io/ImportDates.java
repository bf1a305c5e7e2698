package org.alcove.catalog.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates import files carry: ISO {@code 2001-09-30}, Goodreads {@code 2001/09/30}, a bare
 * year {@code 1951} (read as 1 January), and LibraryThing's bracketed {@code [1951]} or
 * {@code [2001-09-30]}. Dates that do not exist, such as {@code 2023-02-30}, are rejected.
 */
public final class ImportDates {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})(?:([-/])(\\d{1,2})\\2(\\d{1,2}))?");

    private ImportDates() {
    }

    /**
     * Parses a date cell.
     *
     * @param raw the cell value, not blank
     * @return the date
     * @throws InvalidValueException naming the value when it is not a date in an accepted form or
     *     does not exist
     */
    public static LocalDate parse(String raw) {
        String s = raw.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            LocalDate iso = iso(s, raw); // the common case, without a regular expression
            if (iso != null) {
                return iso;
            }
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException("'" + raw.strip()
                    + "' is not a date; use YYYY-MM-DD, YYYY/MM/DD or a year YYYY");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return LocalDate.of(year, 1, 1);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + raw.strip() + "' is not a real date");
        }
    }

    /** {@code YYYY-MM-DD} read digit by digit; null when a character is not a digit. */
    private static LocalDate iso(String s, String raw) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + raw.strip() + "' is not a real date");
        }
    }

    private static int digits(String s, int from, int to) {
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
}
