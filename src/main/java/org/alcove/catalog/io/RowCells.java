package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of one row, collecting a {@link RowError} for each bad value instead of
 * stopping at the first, so the user sees every problem of a row at once. Values are stripped of
 * surrounding whitespace; for Alcove's own formats the export's formula escaping is undone.
 */
final class RowCells {

    private final SourceRow row;
    private final boolean restoreFormulas;
    private final List<RowError> errors = new ArrayList<>();

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

    /** A value that must be present and at most {@code maxLength} characters; null if not. */
    String requiredText(Column column, int maxLength) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column.name(), column.name() + " is required");
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

    /** A genre code or label; empty means fiction. Null (with an error) if unknown. */
    String genre(Column column) {
        try {
            return Genres.parse(text(column));
        } catch (InvalidValueException e) {
            error(column.name(), e.getMessage());
            return null;
        }
    }

    void error(String field, String message) {
        errors.add(new RowError(row.line(), field, message, row.toCsv()));
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
