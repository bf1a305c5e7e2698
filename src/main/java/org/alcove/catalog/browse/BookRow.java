package org.alcove.catalog.browse;

import java.time.LocalDate;


/**
 * One line of the books table: a book with its author's and genre's names ("" for none), read in the same query,
 * and its cover's file name in the covers folder (null for none).
 */
public record BookRow(long id, String title, String author, String genre, LocalDate published, int pages, String isbn, String cover) {
    /** A row without a cover. */
    public BookRow(long id, String title, String author, String genre, LocalDate published, int pages, String isbn) {
        this(id, title, author, genre, published, pages, isbn, null);
    }
}
