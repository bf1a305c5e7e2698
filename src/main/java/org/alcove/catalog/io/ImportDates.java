package org.alcove.catalog.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alcove.catalog.DatePrecision;
import org.alcove.orm.IsoDates;

/**
 * Parses the dates import files carry: ISO {@code 2001-09-30}, Goodreads {@code 2001/09/30}, a bare
 * year {@code 1951} (read as 1 January), and LibraryThing's bracketed {@code [1951]} or
 * {@code [2001-09-30]}. Dates that do not exist, such as {@code 2023-02-30}, are rejected.
 */
public final class ImportDates {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})(?:([-/])(\\d{1,2})\\2(\\d{1,2}))?");

    private static final Pattern PARTIAL =
            Pattern.compile("(?i)(?:c\\.?|ca\\.?|circa)?\\s*(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:T[0-9:.+\\-Z]*)?");
    private static final Pattern YEAR =
            Pattern.compile("(?i)(?:c\\.?\\s*|ca\\.?\\s*)?(-?)(\\d{1,4})\\s*(bce?|b\\.c\\.(?:e\\.)?)?");

    private ImportDates() {
    }

    /**
     * A date as much of it as is known.
     *
     * @param date the date, the first of its month or year when only those are known
     * @param precision how much is known
     */
    public record Dated(LocalDate date, DatePrecision precision) {
    }

    /**
     * Parses a date that may be partial: a year {@code 1969}, a month {@code 1969-03} or
     * {@code 1969/03}, a day {@code 1969-03-15} or {@code 1969/03/15}, bracketed or not, or an ISO
     * date-time whose date part is taken ({@code 2019-03-05T01:00:00+01:00}); a leading {@code c},
     * {@code ca.} or {@code circa} ({@code [c1965]}, as LibraryThing writes copyright years) is ignored.
     *
     * @param raw the cell value, not blank
     * @return the date with its precision
     * @throws InvalidValueException naming the value when it is none of these or does not exist
     */
    public static Dated parsePartial(String raw) {
        String s = unbracket(raw);
        Matcher m = PARTIAL.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException("'" + raw.strip()
                    + "' is not a date; use YYYY-MM-DD, YYYY/MM/DD, YYYY-MM or a year YYYY");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new Dated(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new Dated(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new Dated(LocalDate.of(year, month, Integer.parseInt(m.group(3))),
                    DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + raw.strip() + "' is not a real date");
        }
    }

    /**
     * Parses a year of first publication, which may have fewer than four digits or lie before
     * the common era: {@code 1851}, {@code 65}, {@code -700}, {@code 700 BC}, {@code c. 700 BCE}.
     *
     * @param raw the cell value, not blank
     * @return the year, negative before the common era (there is no year 0: 1 BC is -1)
     * @throws InvalidValueException naming the value when it is not a year
     */
    public static int parseYear(String raw) {
        Matcher m = YEAR.matcher(unbracket(raw));
        if (!m.matches() || Integer.parseInt(m.group(2)) == 0) {
            throw new InvalidValueException("'" + raw.strip() + "' is not a year; use a year such as 1851, 65 or -700");
        }
        int year = Integer.parseInt(m.group(2));
        boolean before = !m.group(1).isEmpty() || m.group(3) != null;
        return before ? -year : year;
    }

    private static String unbracket(String raw) {
        String s = raw.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
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
        int year = IsoDates.number(s, 0, 4);
        int month = IsoDates.number(s, 5, 7);
        int day = IsoDates.number(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + raw.strip() + "' is not a real date");
        }
    }
}
