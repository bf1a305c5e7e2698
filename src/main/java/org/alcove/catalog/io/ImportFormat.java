package org.alcove.catalog.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file Alcove imports, recognisable from their header line.
 *
 * <pre>{@code
 * ImportFormat.detect(List.of("Book Id", "Title", "Author", "Author l-f", ...)); // GOODREADS
 * }</pre>
 */
public enum ImportFormat {
    /** Alcove's authors CSV: {@code name,birth_date,biography}. */
    AUTHORS,
    /** Alcove's books CSV: {@code title,author,publication_date,isbn,genre,pages}. */
    BOOKS,
    /** A Goodreads library export (the 24- and the 31-column variants). */
    GOODREADS,
    /** A LibraryThing export, tab-separated, in either of its two header styles. */
    LIBRARYTHING;

    /**
     * Recognises a format from the header's column names, ignoring case, order, surrounding spaces
     * and LibraryThing's single quotes.
     *
     * @param header the header line's column names
     * @return the format, or empty when the header matches none
     */
    public static Optional<ImportFormat> detect(List<String> header) {
        Set<String> names = header.stream().map(ImportFormat::normaliseColumnName)
                .collect(Collectors.toSet());
        if (names.contains("book id") && names.contains("author l-f")) {
            return Optional.of(GOODREADS);
        }
        if (names.contains("author (first, last)") || names.contains("author (last, first)")
                || names.contains("primary author")) {
            return Optional.of(LIBRARYTHING);
        }
        if (names.contains("title") && names.contains("isbn") && names.contains("author")) {
            return Optional.of(BOOKS);
        }
        if (names.contains("name") && !names.contains("title")) {
            return Optional.of(AUTHORS);
        }
        return Optional.empty();
    }

    /**
     * The form column names are compared in: stripped, without surrounding single quotes, lower
     * case.
     *
     * @param name a column name from a header
     * @return the comparable form
     */
    static String normaliseColumnName(String name) {
        String s = name.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
