package org.alcove.catalog.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.ReadingStatus;

/**
 * What an import row holds beyond title, author, date, ISBN, genre and pages: everything the
 * catalogue model can keep, so that moving a collection in loses nothing the catalogue could hold.
 * Empty strings and empty lists mean "not in the file".
 *
 * @param precision how much of the publication date is known
 * @param firstPublished the year the work first appeared, BCE negative; null when not given
 * @param credits the contributors after the first author, in file order
 * @param series the series name, "" when none
 * @param seriesIndex the book's place in the series (1, 2, 2.5), or null
 * @param publisher the publisher
 * @param format the binding or format ("Hardcover", "Kindle Edition", "epub")
 * @param language the language as given
 * @param description the publisher's description or summary
 * @param notes private notes
 * @param status the reading status, or null
 * @param rating 0 to 5 in halves, or null when not rated
 * @param review the reader's review
 * @param tags shelves, tags, collections and moods, in file order, without duplicates
 * @param identifiers other identifiers: ISBN-10 and ISBN-13 as given, ASIN, OCLC, LCCN,
 *     Goodreads, LibraryThing, Open Library ids
 * @param readings when the book was read, each start or end possibly unknown
 * @param copies how many copies the reader owns (each becomes a {@code Copy}), 0 when not said
 * @param callNumber the shelf mark for those copies (Dewey, LC or another scheme)
 * @param barcode the first copy's barcode, "" when none
 * @param acquired when the copies were acquired, or null
 * @param warnings what the reader did to the row that the user should hear of
 */
public record BookDetails(DatePrecision precision, Integer firstPublished, List<Credit> credits,
        String series, BigDecimal seriesIndex, String publisher, String format, String language,
        String description, String notes, ReadingStatus status, BigDecimal rating, String review,
        List<String> tags, List<Id> identifiers, List<ReadDates> readings, int copies,
        String callNumber, String barcode, LocalDate acquired, List<ImportWarning> warnings) {

    /** Nothing beyond the seven columns; a full date. */
    public static final BookDetails NONE = new Builder().build();

    /** Copies the lists so a record stays immutable. */
    public BookDetails {
        credits = List.copyOf(credits);
        tags = List.copyOf(tags);
        identifiers = List.copyOf(identifiers);
        readings = List.copyOf(readings);
        warnings = List.copyOf(warnings);
    }

    /**
     * A contributor other than the first author.
     *
     * @param name the name as the file gives it
     * @param role the role
     */
    public record Credit(String name, ContributorRole role) {
    }

    /**
     * An identifier.
     *
     * @param scheme its scheme, lower case: {@code isbn10}, {@code isbn13}, {@code asin},
     *     {@code oclc}, {@code lccn}, {@code goodreads}, {@code librarything}, {@code openlibrary}, ...
     * @param value the value as given, stripped
     */
    public record Id(String scheme, String value) {
    }

    /**
     * One reading.
     *
     * @param started when it began, or null
     * @param finished when it ended, or null
     */
    public record ReadDates(LocalDate started, LocalDate finished) {
    }

    /** Collects a row's details while its cells are read; {@link #build()} makes the record. */
    public static final class Builder {
        DatePrecision precision = DatePrecision.DAY;
        Integer firstPublished;
        final List<Credit> credits = new ArrayList<>();
        String series = "";
        BigDecimal seriesIndex;
        String publisher = "";
        String format = "";
        String language = "";
        String description = "";
        String notes = "";
        ReadingStatus status;
        BigDecimal rating;
        String review = "";
        final List<String> tags = new ArrayList<>();
        final List<Id> identifiers = new ArrayList<>();
        final List<ReadDates> readings = new ArrayList<>();
        int copies;
        String callNumber = "";
        String barcode = "";
        LocalDate acquired;
        final List<ImportWarning> warnings = new ArrayList<>();

        /** Adds a tag unless blank or already there (ignoring case). */
        void tag(String tag) {
            String t = tag.strip();
            if (!t.isEmpty() && tags.stream().noneMatch(t::equalsIgnoreCase)) {
                tags.add(t);
            }
        }

        /** Adds an identifier unless blank or already there. */
        void identifier(String scheme, String value) {
            String v = value == null ? "" : value.strip();
            Id id = new Id(scheme, v);
            if (!v.isEmpty() && !identifiers.contains(id)) {
                identifiers.add(id);
            }
        }

        /** Adds a line to the notes, as {@code label: text}, unless the text is blank. */
        void note(String label, String text) {
            String t = text == null ? "" : text.strip();
            if (!t.isEmpty()) {
                notes = (notes.isEmpty() ? "" : notes + "\n") + (label.isEmpty() ? t : label + ": " + t);
            }
        }

        /** Adds a contributor unless blank. */
        void credit(String name, ContributorRole role) {
            String n = name.strip();
            if (!n.isEmpty()) {
                credits.add(new Credit(n, role));
            }
        }

        /** Adds a reading when either date is known. */
        void reading(LocalDate started, LocalDate finished) {
            if (started != null || finished != null) {
                ReadDates r = new ReadDates(started, finished);
                if (!readings.contains(r)) {
                    readings.add(r);
                }
            }
        }

        BookDetails build() {
            return new BookDetails(precision, firstPublished, credits, series, seriesIndex, publisher,
                    format, language, description, notes, status, rating, review, tags, identifiers,
                    readings, copies, callNumber, barcode, acquired, warnings);
        }
    }
}
