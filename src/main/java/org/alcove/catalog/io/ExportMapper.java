package org.alcove.catalog.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Names;
import org.alcove.catalog.ReadingStatus;

/**
 * What the mappers of other applications' exports share: series split out of titles, reading
 * statuses in each application's words, "Name (Role)" credits, the genre picked through the
 * {@link GenreMapping}, and building the record. Such exports are read leniently: a missing ISBN,
 * date or page count, or an unreadable rating or date, never rejects a row; only a missing title
 * or author, or an ISBN that is present but invalid with no valid one beside it, does.
 */
abstract class ExportMapper implements BookRowMapper {

    /** "Title (Series, #3)", "Title (Series #2.5)". */
    private static final Pattern SERIES_SUFFIX =
            Pattern.compile("(.*?\\S)\\s*\\(([^()]*?[^(),\\s]),?\\s*#\\s*(\\d{1,4}(?:\\.\\d{1,2})?)\\)\\s*");
    /** "Gregory Rabassa (Translator)". */
    private static final Pattern NAME_ROLE = Pattern.compile("(.*?\\S)\\s*\\(([^()]+)\\)\\s*");
    /** A date in the forms exports write them. */
    private static final Pattern DATE_IN_TEXT =
            Pattern.compile("\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?:T[0-9:.]+(?:Z|[+-]\\d\\d:?\\d\\d)?)?");

    private final GenreMapping genres;
    private final Column title;
    private final Column author;
    private final Column isbn;

    ExportMapper(GenreMapping genres, Column title, Column author, Column isbn) {
        this.genres = genres;
        this.title = title;
        this.author = author;
        this.isbn = isbn;
    }

    @Override
    public String isbnField() {
        return isbn == null ? "isbn" : isbn.name();
    }

    @Override
    public String authorField() {
        return author.name();
    }

    @Override
    public boolean restoresFormulas() {
        return false;
    }

    /** The title column's text with a series suffix split into {@code details}; null (with an error) if blank. */
    String title(RowCells cells, BookDetails.Builder details) {
        String t = cells.requiredText(title, Integer.MAX_VALUE);
        if (t == null) {
            return null;
        }
        t = splitSeries(t, details);
        return cells.clipped(title.name(), t, MAX_TITLE, details);
    }

    /**
     * The first of a list of authors in display form ("Herbert, Frank" becomes "Frank Herbert", by
     * {@link Names#displayForm}); the others become credits with {@code othersRole}.
     */
    String authors(RowCells cells, List<String> names, BookDetails.Builder details, ContributorRole othersRole) {
        if (names.isEmpty()) {
            cells.error(author.name(), author.name() + " is required");
            return null;
        }
        for (String other : names.subList(1, names.size())) {
            credit(other, othersRole, details);
        }
        return cells.clipped(author.name(), Names.displayForm(names.get(0)), MAX_AUTHOR, details);
    }

    /**
     * Splits "Title (Series, #3)" into the title and the series with its index.
     *
     * @return the title without the suffix
     */
    static String splitSeries(String title, BookDetails.Builder details) {
        Matcher m = SERIES_SUFFIX.matcher(title);
        if (!m.matches()) {
            return title;
        }
        details.series = m.group(2).strip();
        details.seriesIndex = new BigDecimal(m.group(3));
        return m.group(1);
    }

    /** Adds a credit written "Name" or "Name (Role)"; an unknown role is kept as a contributor. */
    static void credit(String text, ContributorRole role, BookDetails.Builder details) {
        Matcher m = NAME_ROLE.matcher(text);
        if (m.matches()) {
            Optional<ContributorRole> named = roleOf(m.group(2));
            if (named.isPresent()) {
                details.credit(Names.displayForm(m.group(1)), named.get());
                return;
            }
        }
        details.credit(Names.displayForm(text), role);
    }

    /** A role in the words exports use ("Translator", "Illustrator", "Editor", "Foreword"). */
    static Optional<ContributorRole> roleOf(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("transl")) {
            return Optional.of(ContributorRole.TRANSLATOR);
        }
        if (t.startsWith("illus") || t.equals("artist") || t.equals("cover artist")) {
            return Optional.of(ContributorRole.ILLUSTRATOR);
        }
        if (t.startsWith("edit")) {
            return Optional.of(ContributorRole.EDITOR);
        }
        if (t.equals("author") || t.equals("primary author") || t.equals("co-author")) {
            return Optional.of(ContributorRole.AUTHOR);
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return ContributorRole.parse(t).or(() -> Optional.of(ContributorRole.CONTRIBUTOR));
    }

    /** A reading status in any application's words: "currently-reading", "planned", "Already Read", "did-not-finish". */
    static Optional<ReadingStatus> status(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        return switch (t) {
            case "read", "finished", "alreadyread", "done" -> Optional.of(ReadingStatus.READ);
            case "currentlyreading", "reading", "inprogress", "started" -> Optional.of(ReadingStatus.READING);
            case "toread", "wanttoread", "planned", "tbr", "unread" -> Optional.of(ReadingStatus.TO_READ);
            case "didnotfinish", "dnf", "abandoned", "stopped", "stoppedreading", "unfinished" ->
                    Optional.of(ReadingStatus.ABANDONED);
            default -> Optional.empty();
        };
    }

    /** Every date in a cell, in order ("2021/05/10-2021/06/01", "2023-10-27T00:00:00.000|..."). */
    static List<LocalDate> datesIn(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            try {
                dates.add(ImportDates.parsePartial(m.group()).date());
            } catch (InvalidValueException e) {
                // not a real date: left out, as the cell is free text
            }
        }
        return dates;
    }

    /** Adds {@code count} readings with unknown dates beyond those already known. */
    static void readCount(int count, BookDetails.Builder details) {
        for (int i = details.readings.size(); i < count; i++) {
            details.readings.add(new BookDetails.ReadDates(null, null));
        }
    }

    /** The record, with the genre from the first of {@code terms} the mapping knows, else the Dewey number's, else none. */
    BookRecord record(RowCells cells, String title, String author, LocalDate date, String isbn13, int pages,
            BookDetails.Builder details, List<String> terms, String dewey) {
        return record(cells, title, author, date, isbn13, pages, details,
                genres.genreOf(terms, dewey).orElse(Genres.NONE));
    }

    /** The record with a genre the row named itself. */
    BookRecord record(RowCells cells, String title, String author, LocalDate date, String isbn13, int pages,
            BookDetails.Builder details, String genre) {
        details.warnings.addAll(0, cells.warnings());
        return new BookRecord(cells.line(), title, author, date, isbn13, genre, pages, details.build());
    }
}
