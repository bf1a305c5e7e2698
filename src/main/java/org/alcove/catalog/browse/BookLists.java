package org.alcove.catalog.browse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alcove.catalog.Book;
import org.alcove.catalog.ControlCharacters;
import org.alcove.catalog.FieldLimits;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.orm.Database;

/**
 * The lists a book holds beside its fields, as the editor edits them: its identifiers and its
 * readings. Each list is checked before a save (one sentence for its first problem, naming the
 * row) and written in the save's transaction; a row left as it was stays the same row, so a save
 * that changes nothing writes nothing here.
 */
final class BookLists {
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private BookLists() {
    }

    // Sorted here, not in SQL: SQLite and PostgreSQL put nulls and capitals in different places, the form shows one order.

    /** The book's identifiers, by scheme then value. */
    static List<IdentifierRow> identifiersOf(Database db, long bookId) {
        return db.objects(Identifier.class).filter("book", bookId).orderBy("id").list().stream()
                .sorted(Comparator.comparing(Identifier::getScheme).thenComparing(Identifier::getValue))
                .map(i -> new IdentifierRow(i.getScheme(), i.getValue())).toList();
    }

    /** The book's readings in the order they were read: by the day they finished, the unfinished last. */
    static List<ReadingRow> readingsOf(Database db, long bookId) {
        Comparator<LocalDate> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        return db.objects(Reading.class).filter("book", bookId).orderBy("id").list().stream()
                .sorted(Comparator.comparing(Reading::getFinished, nullsLast).thenComparing(Reading::getStarted, nullsLast))
                .map(r -> new ReadingRow(text(r.getStarted()), text(r.getFinished()))).toList();
    }

    /** What is wrong with the identifiers: a kind that is not a short name, a missing or too long value, one given twice. */
    static Optional<String> identifierProblem(List<IdentifierRow> rows) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = "Identifier " + (i + 1);
            String scheme;
            try {
                scheme = Identifier.normaliseScheme(rows.get(i).scheme());
            } catch (IllegalArgumentException e) {
                return Optional.of(where + ": its kind \u201c" + rows.get(i).scheme().strip()
                        + "\u201d must be a short name of letters, digits, '_' or '-' (asin, oclc, lccn, ...)");
            }
            String value = rows.get(i).value().strip();
            where += " (" + scheme + ")";
            if (value.isEmpty()) {
                return Optional.of(where + " needs a value; type it or remove the row");
            }
            Optional<String> problem = FieldLimits.problems(Identifier.class, "value", value).stream().findFirst()
                    .or(() -> ControlCharacters.problem(value).map(p -> "The value " + p + "; remove it"));
            if (problem.isPresent()) {
                return Optional.of(where + ": " + problem.get());
            }
            if (!seen.add(scheme + " " + value.toLowerCase(Locale.ROOT))) {
                return Optional.of("The identifier " + scheme + " " + value + " is given twice; remove one of them");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with the readings: a day that is not {@code YYYY-MM-DD} or not in the calendar, a finish before the start. */
    static Optional<String> readingProblem(List<ReadingRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            try {
                reading(rows.get(i), i);
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Makes the book's identifiers {@code rows} (valid ones): rows not among them go, rows missing are added. */
    static void writeIdentifiers(Database db, Book book, List<IdentifierRow> rows) {
        List<String> wanted = new ArrayList<>();
        for (IdentifierRow r : rows) {
            wanted.add(Identifier.normaliseScheme(r.scheme()) + "\n" + r.value().strip());
        }
        for (Identifier now : db.objects(Identifier.class).filter("book", book).list()) {
            if (!wanted.remove(now.getScheme() + "\n" + now.getValue())) {
                db.objects(Identifier.class).filter("id", now.getId()).delete();
            }
        }
        for (String w : wanted) {
            String[] parts = w.split("\n", 2);
            db.objects(Identifier.class).create(new Identifier(book, parts[0], parts[1]));
        }
    }

    /** Makes the book's readings {@code rows} (valid ones): readings not among them go, readings missing are added. */
    static void writeReadings(Database db, Book book, List<ReadingRow> rows) {
        List<List<LocalDate>> wanted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Reading r = reading(rows.get(i), i);
            wanted.add(java.util.Arrays.asList(r.getStarted(), r.getFinished()));
        }
        for (Reading now : db.objects(Reading.class).filter("book", book).list()) {
            if (!wanted.remove(java.util.Arrays.asList(now.getStarted(), now.getFinished()))) {
                db.objects(Reading.class).filter("id", now.getId()).delete();
            }
        }
        for (List<LocalDate> w : wanted) {
            db.objects(Reading.class).create(new Reading(book, w.get(0), w.get(1)));
        }
    }

    /** The reading a row stands for, without its book; {@code index} counts from 0. */
    private static Reading reading(ReadingRow row, int index) {
        String where = "Reading " + (index + 1);
        LocalDate started = day(row.started(), where, "start");
        LocalDate finished = day(row.finished(), where, "finish");
        try {
            return new Reading(null, started, finished);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " cannot finish (" + finished + ") before it starts (" + started + ")", e);
        }
    }

    /** A day typed as {@code YYYY-MM-DD} (or {@code YYYY/MM/DD}), null when blank. */
    private static LocalDate day(String typed, String where, String which) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = DAY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": its " + which + " \u201c" + FieldLimits.clip(t, 30)
                    + "\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": its " + which + " \u201c" + t + "\u201d is not a day of the calendar"
                    + "; write it as YYYY-MM-DD, like 2021-03-15", e);
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
