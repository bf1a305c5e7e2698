package org.alcove.catalog.io;

import java.time.LocalDate;

/**
 * One valid book read from an import file, ready to be saved.
 *
 * @param line the physical line the record starts on (the header is line 1); 0 when the record
 *     did not come from a file, as when exporting
 * @param title the title, not blank, at most 200 characters, without a series suffix the
 *     format puts in it ("Gideon the Ninth (The Locked Tomb, #1)" is read as title and series)
 * @param authorName the first author's name as the file gives it, not blank, at most 100 characters
 * @param publicationDate this edition's date, null when the file has none; how much of it is
 *     known is {@link BookDetails#precision()}
 * @param isbn13 thirteen digits, or null when the row carries no usable ISBN
 * @param genre the genre's name or code as the file gives it (or the genre mapping picked from its shelves),
 *     "" when the book has none; an import makes a genre it does not know yet
 * @param pages the page count, 0 when unknown
 * @param details everything else the row holds, {@link BookDetails#NONE} when nothing
 */
public record BookRecord(long line, String title, String authorName, LocalDate publicationDate,
        String isbn13, String genre, int pages, BookDetails details) {

    /**
     * A record with nothing but the seven columns of Alcove's books format.
     *
     * @param line the line the record starts on
     * @param title the title
     * @param authorName the author's name
     * @param publicationDate the date, or null
     * @param isbn13 the ISBN-13, or null
     * @param genre the genre's name or code, "" for none
     * @param pages the page count
     */
    public BookRecord(long line, String title, String authorName, LocalDate publicationDate,
            String isbn13, String genre, int pages) {
        this(line, title, authorName, publicationDate, isbn13, genre, pages, BookDetails.NONE);
    }

    /**
     * Never null details.
     */
    public BookRecord {
        details = details == null ? BookDetails.NONE : details;
    }
}
