package org.alcove.catalog.browse;

import java.time.LocalDate;

import org.alcove.catalog.Genre;
import org.alcove.catalog.ReadingStatus;

/**
 * A book as the form holds it while the user types: text where the user types text (pages too),
 * not yet validated. {@link BookEditing#validate} says what is wrong with it.
 *
 * @param published the publication date, or null when unknown (a book known by its year only keeps
 *     that precision while its date is not changed)
 * @param isbn the ISBN-10 or -13, or blank for a book without one
 * @param more the fields beyond the first six: series, publisher, reading, tags, contributors, texts, identifiers, readings
 */
public record BookDraft(String title, String authorName, LocalDate published, Genre genre, String pages, String isbn,
                        More more) {
    /**
     * The rest of a book's fields, as typed.
     *
     * @param series the series' name, blank for none (a new name makes a new series)
     * @param seriesIndex the place in it (1, 2, 2.5), blank when unnumbered
     * @param firstPublished the year the work first appeared, BCE negative (-700), blank when unknown
     * @param status the reading status, or null
     * @param rating 0 to 5 in halves, blank for none
     * @param tags tag names separated by commas ("History.Ancient, Classics"); new names make new tags
     * @param contributors one per line, the first author excepted: "Robert Fagles (translator)";
     *     a line without a role is a co-author
     * @param texts the description, notes and review, or null to keep the book's as they are
     * @param identifiers the identifiers besides the ISBN, in order; null keeps the book's as they are
     * @param readings the readings, in order; null keeps the book's as they are
     */
    public record More(String series, String seriesIndex, String firstPublished, String publisher, String language,
                       String format, ReadingStatus status, String rating, String tags, String contributors,
                       Texts texts, java.util.List<IdentifierRow> identifiers, java.util.List<ReadingRow> readings) {
        /** Nothing beyond the first six fields. */
        public static final More NONE = new More("", "", "", "", "", "", null, "", "", "");

        public More {
            identifiers = identifiers == null ? null : java.util.List.copyOf(identifiers);
            readings = readings == null ? null : java.util.List.copyOf(readings);
        }

        /** These fields; the book's description, notes, review, identifiers and readings are kept as they are. */
        public More(String series, String seriesIndex, String firstPublished, String publisher, String language,
                    String format, ReadingStatus status, String rating, String tags, String contributors) {
            this(series, seriesIndex, firstPublished, publisher, language, format, status, rating, tags, contributors, null, null, null);
        }

        /** The same fields with these texts, identifiers and readings. */
        public More with(Texts newTexts, java.util.List<IdentifierRow> newIdentifiers, java.util.List<ReadingRow> newReadings) {
            return new More(series, seriesIndex, firstPublished, publisher, language, format, status, rating, tags, contributors,
                    newTexts, newIdentifiers, newReadings);
        }
    }

    /** A book's longer texts, as typed: what it is about, the owner's private notes, and the owner's review. */
    public record Texts(String description, String notes, String review) {
        public Texts {
            description = description == null ? "" : description;
            notes = notes == null ? "" : notes;
            review = review == null ? "" : review;
        }
    }

    /** A draft of the first six fields, nothing more. */
    public BookDraft(String title, String authorName, LocalDate published, Genre genre, String pages, String isbn) {
        this(title, authorName, published, genre, pages, isbn, More.NONE);
    }

    public BookDraft {
        more = more == null ? More.NONE : more;
    }

    /** An empty form for a new book. */
    public static BookDraft blank() {
        return new BookDraft("", "", null, null, "0", "");
    }
}
