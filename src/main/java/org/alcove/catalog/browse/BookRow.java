package org.alcove.catalog.browse;

import java.time.LocalDate;

import org.alcove.catalog.Genre;

/** One line of the books table: a book with its author's name, read in the same query. */
public record BookRow(long id, String title, String author, Genre genre, LocalDate published, int pages, String isbn) {
}
