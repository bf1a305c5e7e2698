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
    /**
     * Alcove's books CSV: every field ({@link FullBookCsv}, what {@code export-books} writes), or the
     * six basic columns {@code title,author,publication_date,isbn,genre,pages}.
     */
    BOOKS,
    /** A Goodreads library export (the 24- and the 31-column variants). */
    GOODREADS,
    /** A LibraryThing export, tab-separated, in either of its two header styles. */
    LIBRARYTHING,
    /** A StoryGraph export. */
    STORYGRAPH,
    /** A Calibre catalogue CSV. */
    CALIBRE,
    /** An Openreads CSV export. */
    OPENREADS,
    /** A BookWyrm CSV export. */
    BOOKWYRM,
    /** Any CSV of books with a title and an author column; other columns by their names or {@code --map}. */
    CSV;

    /**
     * The name the {@code --format} option takes.
     *
     * @return the lower-case name ({@code goodreads}); {@code alcove} for Alcove's books format
     */
    public String optionName() {
        return this == BOOKS ? "alcove" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * What the format is, in a sentence: "a Goodreads export".
     *
     * @return the description
     */
    public String description() {
        return switch (this) {
            case AUTHORS -> "an Alcove authors file";
            case BOOKS -> "an Alcove books file";
            case GOODREADS -> "a Goodreads export";
            case LIBRARYTHING -> "a LibraryThing export";
            case STORYGRAPH -> "a StoryGraph export";
            case CALIBRE -> "a Calibre catalogue CSV";
            case OPENREADS -> "an Openreads export";
            case BOOKWYRM -> "a BookWyrm export";
            case CSV -> "a generic CSV of books";
        };
    }

    /**
     * The refusal of a file whose header matches no format: its name, the header, and the
     * formats Alcove reads.
     *
     * @param fileName the file's name as the user knows it
     * @param header the header's column names
     * @return the sentence
     */
    public static String unrecognised(String fileName, List<String> header) {
        return fileName + " is in no format Alcove recognises; its header is: " + String.join(", ", header)
                + ". Alcove reads " + supported() + ".";
    }

    /**
     * The formats {@link #detect} recognises, as a user reads them in a message.
     *
     * @return "alcove (title,authors,...), authors (name,birth_date,biography), goodreads, ..."
     */
    public static String supported() {
        return "alcove (title,authors,...,copies as export-books writes it, or title,author,publication_date,isbn,genre,pages), authors (name,birth_date,biography), "
                + "goodreads, librarything, storygraph, calibre, openreads, bookwyrm, and csv (any file with a "
                + "title and an author column; other columns by name or --map COLUMN=FIELD)";
    }

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
        if (names.contains("isbn/uid") && names.contains("authors") && names.contains("read status")) {
            return Optional.of(STORYGRAPH);
        }
        if (names.contains("author_sort") && names.contains("title_sort") && names.contains("identifiers")) {
            return Optional.of(CALIBRE);
        }
        if (names.contains("olid") && names.contains("book_format") && names.contains("readings")) {
            return Optional.of(OPENREADS);
        }
        if (names.contains("author_text") && names.contains("remote_id")) {
            return Optional.of(BOOKWYRM);
        }
        if (FullBookCsv.matches(header)) {
            return Optional.of(BOOKS);
        }
        if (names.containsAll(List.of("title", "author", "publication_date", "isbn"))
                || names.contains("title") && names.contains("isbn") && names.contains("author")
                        && names.size() <= 6) {
            return Optional.of(BOOKS);
        }
        if (names.contains("title") && names.stream().anyMatch(n -> n.equals("author") || n.equals("authors")
                || n.equals("author name") || n.equals("writer") || n.equals("creator"))) {
            return Optional.of(CSV);
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
