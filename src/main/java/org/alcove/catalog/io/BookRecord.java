package org.alcove.catalog.io;

import java.time.LocalDate;

/**
 * One valid book read from an import file, ready to be saved.
 *
 * @param line the physical line the record starts on (the header is line 1); 0 when the record
 *     did not come from a file, as when exporting
 * @param title the title, not blank, at most 200 characters
 * @param authorName the (first) author's name, not blank, at most 100 characters
 * @param publicationDate the publication date; a bare year is read as 1 January of that year
 * @param isbn13 thirteen digits; null only for Goodreads and LibraryThing rows that carry no
 *     ISBN at all (the Alcove books format requires one)
 * @param genreCode one of FIC, NON, SCI, HIS
 * @param pages the page count, 0 when unknown
 */
public record BookRecord(long line, String title, String authorName, LocalDate publicationDate,
        String isbn13, String genreCode, int pages) {
}
