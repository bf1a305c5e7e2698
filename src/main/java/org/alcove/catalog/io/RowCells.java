package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.ControlCharacters;

/**
 * Reads the cells of one row, collecting a {@link RowError} for each bad value instead of
 * stopping at the first, so the user sees every problem of a row at once. Values are stripped of
 * surrounding whitespace; for Alcove's own formats the export's formula escaping is undone.
 */
final class RowCells {

    /** The separators of {@link #list}, compiled once: they are used for every row. */
    private static final java.util.Map<String, java.util.regex.Pattern> SEPARATORS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern ROUNDED = java.util.regex.Pattern.compile("(?i)\\d(\\.\\d+)?E\\+?\\d+");
    private static final java.util.regex.Pattern ISBN_LIST = java.util.regex.Pattern.compile("[,;|]");

    private final SourceRow row;
    private final boolean restoreFormulas;
    private final List<RowError> errors = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    RowCells(SourceRow row, boolean restoreFormulas) {
        this.row = row;
        this.restoreFormulas = restoreFormulas;
    }

    long line() {
        return row.line();
    }

    /** The stripped value, empty when the column is absent or the row is short. */
    String text(Column column) {
        if (column == null || column.index() >= row.values().size()) {
            return "";
        }
        String value = row.values().get(column.index()).strip();
        return restoreFormulas ? FormulaEscaping.restore(value) : value;
    }

    /** A value that must be present, without control characters ({@link ControlCharacters}), and at most {@code maxLength} characters; null if not. */
    String requiredText(Column column, int maxLength) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column.name(), column.name() + " is required");
            return null;
        }
        Optional<String> control = ControlCharacters.problem(value);
        if (control.isPresent()) {
            error(column.name(), column.name() + " " + control.get() + "; remove it from the file and import the row again");
            return null;
        }
        return withinLength(column, value, maxLength);
    }

    /** A value that may be empty, at most {@code maxLength} characters; null if too long. */
    String optionalText(Column column, int maxLength) {
        return withinLength(column, text(column), maxLength);
    }

    /** A required date; null (with an error) if missing or bad. */
    LocalDate requiredDate(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column.name(), column.name() + " is required");
            return null;
        }
        return date(column, value);
    }

    /** An optional date; null if empty or bad (with an error when bad). */
    LocalDate optionalDate(Column column) {
        String value = text(column);
        return value.isEmpty() ? null : date(column, value);
    }

    /** An ISBN as ISBN-13; null if empty or bad (with an error when bad). */
    String optionalIsbn(Column column) {
        return optionalIsbn(column, Isbn.normalise(text(column)));
    }

    /** {@link #optionalIsbn(Column)} for the column's value already {@link Isbn#normalise normalised}. */
    String optionalIsbn(Column column, String normalised) {
        if (normalised.isEmpty()) {
            return null;
        }
        try {
            return Isbn.normalisedToIsbn13(normalised);
        } catch (InvalidValueException e) {
            error(column.name(), e.getMessage());
            return null;
        }
    }

    /** A page count: empty means 0; must be a whole number, 0 or more. */
    int pages(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int pages = Integer.parseInt(value);
            if (pages < 0) {
                error(column.name(), column.name() + " must be 0 or more, got " + value);
                return 0;
            }
            return pages;
        } catch (NumberFormatException e) {
            String reason = value.matches("[+-]?\\d+") ? " is too large" : " is not a whole number";
            error(column.name(), column.name() + " '" + value + "'" + reason);
            return 0;
        }
    }

    /** A genre's name or code; empty means none. A name the catalogue does not know yet becomes a genre when the row is saved. */
    String genre(Column column) {
        return Genres.parse(text(column));
    }

    /**
     * The ISBN-13 of the first of {@code columns} that holds a valid ISBN (a column may hold a
     * list, as LibraryThing's {@code ISBNs} does). An invalid or spreadsheet-rounded value
     * ({@code 9.78161E+12}) falls back to the next column, with a warning naming what was used;
     * valid ISBN-10s are kept as {@code isbn10} identifiers. When every value is invalid the row
     * gets an error, unless all are spreadsheet-rounded numbers (nothing to recover: the row is
     * read without an ISBN, with a warning).
     *
     * @return the ISBN-13, or null when there is none
     */
    String isbnFrom(BookDetails.Builder details, Column... columns) {
        String chosen = null;
        Column chosenColumn = null;
        List<String> problems = new ArrayList<>();
        Column firstProblem = null;
        boolean onlyRounded = true;
        for (Column column : columns) {
            String raw = text(column);
            if (column == null || Isbn.normalise(raw).isEmpty()) {
                continue;
            }
            for (String token : ISBN_LIST.split(raw.replace("[", "").replace("]", ""))) {
                String n = Isbn.normalise(token);
                if (n.isEmpty()) {
                    continue;
                }
                if (ROUNDED.matcher(n).matches()) {
                    firstProblem = firstProblem == null ? column : firstProblem;
                    problems.add(column.name() + " '" + token.strip() + "' is a number a spreadsheet rounded, not an ISBN");
                    continue;
                }
                try {
                    String thirteen = Isbn.normalisedToIsbn13(n);
                    if (chosen == null) {
                        chosen = thirteen;
                        chosenColumn = column;
                    }
                    if (n.length() == 10 && thirteen.equals(chosen)) {
                        details.identifier("isbn10", n);
                    }
                } catch (InvalidValueException e) {
                    firstProblem = firstProblem == null ? column : firstProblem;
                    onlyRounded = false;
                    problems.add(column.name() + ": " + e.getMessage());
                }
            }
        }
        if (chosen != null && !problems.isEmpty()) {
            warn(chosenColumn.name(), String.join("; ", problems) + "; used " + chosenColumn.name() + " " + chosen);
        } else if (chosen == null && !problems.isEmpty()) {
            if (onlyRounded) {
                warn(firstProblem.name(), String.join("; ", problems) + "; the book is imported without an ISBN");
            } else {
                String first = problems.get(0);
                error(columns[0].name(), first.substring(first.indexOf(':') + 1).strip()
                        + (problems.size() > 1 ? "; " + String.join("; ", problems.subList(1, problems.size())) : ""));
            }
        }
        return chosen;
    }

    /**
     * A year of first publication, BCE and short years allowed ({@link ImportDates#parseYear});
     * a date is read for its year. Null when empty or not a year (with a warning: the row is
     * imported without it).
     */
    Integer year(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ImportDates.parseYear(value);
        } catch (InvalidValueException e) {
            try {
                return ImportDates.parsePartial(value).date().getYear();
            } catch (InvalidValueException notADate) {
                warn(column.name(), column.name() + ": " + e.getMessage() + "; imported without it");
                return null;
            }
        }
    }

    /**
     * An edition date that may be partial ({@link ImportDates#parsePartial}); its precision goes
     * to {@code details}. Null when empty; when bad, an error if {@code strict}, else a warning.
     */
    LocalDate partialDate(Column column, BookDetails.Builder details, boolean strict) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            ImportDates.Dated d = ImportDates.parsePartial(value);
            details.precision = d.precision();
            return d.date();
        } catch (InvalidValueException e) {
            if (strict) {
                error(column.name(), column.name() + ": " + e.getMessage());
            } else {
                warn(column.name(), column.name() + ": " + e.getMessage() + "; imported without it");
            }
            return null;
        }
    }

    /** A date that may be missing or bad without rejecting the row (bad gives a warning). */
    LocalDate lenientDate(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ImportDates.parsePartial(value).date();
        } catch (InvalidValueException e) {
            warn(column.name(), column.name() + ": " + e.getMessage() + "; imported without it");
            return null;
        }
    }

    /**
     * A rating on a scale whose top is {@code outOf}, read on Alcove's 0 to 5 in halves; null when
     * empty or {@code zeroMeansUnrated} and 0; a bad value gives a warning.
     */
    java.math.BigDecimal rating(Column column, int outOf, boolean zeroMeansUnrated) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            double r = Double.parseDouble(value.replace(',', '.'));
            if (r < 0 || r > outOf) {
                warn(column.name(), column.name() + " " + value + " is not between 0 and " + outOf + "; imported unrated");
                return null;
            }
            if (r == 0 && zeroMeansUnrated) {
                return null;
            }
            double halves = Math.round(r * 5 / outOf * 2) / 2.0;
            return java.math.BigDecimal.valueOf(halves).setScale(1, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            warn(column.name(), column.name() + " '" + value + "' is not a number; imported unrated");
            return null;
        }
    }

    /**
     * A place in a series (1, 2.5; Calibre writes 8.0 for 8): a positive number with at most two
     * decimals; null when empty or not one (with a warning).
     */
    java.math.BigDecimal seriesIndex(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            java.math.BigDecimal index = new java.math.BigDecimal(value).stripTrailingZeros();
            index = index.scale() < 0 ? index.setScale(0) : index;
            if (index.signum() >= 0 && index.scale() <= 2 && index.precision() - index.scale() <= 5) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warn(column.name(), column.name() + " '" + value + "' is not a place in a series (1, 2, 2.5); imported without it");
        return null;
    }

    /** A whole number such as a read count or copies owned; 0 when empty, bad gives a warning. */
    int count(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            warn(column.name(), column.name() + " '" + value + "' is not a whole number; read as 0");
            return 0;
        }
    }

    /**
     * A text the catalogue keeps at most {@code maxLength} characters of: a longer one is cut, its
     * whole text kept in the notes, with a warning.
     */
    String clipped(Column column, int maxLength, BookDetails.Builder details) {
        return clipped(column == null ? "" : column.name(), text(column), maxLength, details);
    }

    /** {@link #clipped(Column, int, BookDetails.Builder)} for a value already read from {@code field}. */
    String clipped(String field, String value, int maxLength, BookDetails.Builder details) {
        if (value.codePointCount(0, value.length()) <= maxLength) {
            return value;
        }
        warn(field, field + " is longer than the " + maxLength + " characters the catalogue keeps; cut, the whole text is in the notes");
        details.note(field, value);
        return value.substring(0, value.offsetByCodePoints(0, maxLength));
    }

    /** The cell split at any of {@code separators} (a regular expression), each part stripped, blanks dropped. */
    List<String> list(Column column, String separators) {
        List<String> parts = new ArrayList<>();
        String text = text(column);
        if (text.isEmpty()) {
            return parts;
        }
        for (String part : SEPARATORS.computeIfAbsent(separators, java.util.regex.Pattern::compile).split(text)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    void error(String field, String message) {
        errors.add(new RowError(row.line(), field, message, row.toCsv()));
    }

    void warn(String field, String message) {
        warn(row.line(), field, message);
    }

    void warn(long line, String field, String message) {
        warnings.add(new ImportWarning(line, field, message));
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<RowError> errors() {
        return errors;
    }

    private String withinLength(Column column, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            error(column.name(), column.name() + " is " + length + " characters long; the most is "
                    + maxLength);
            return null;
        }
        return value;
    }

    private LocalDate date(Column column, String value) {
        try {
            return ImportDates.parse(value);
        } catch (InvalidValueException e) {
            error(column.name(), column.name() + ": " + e.getMessage());
            return null;
        }
    }
}
