package org.alcove.catalog.browse;

import java.time.LocalDate;


/** One line of the books table: a book with its author's and genre's names ("" for none), read in the same query. */
public record BookRow(long id, String title, String author, String genre, LocalDate published, int pages, String isbn) {
}
