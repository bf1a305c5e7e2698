package org.alcove.catalog.stats;

import java.time.LocalDate;

/**
 * One book as the statistics name it: the oldest or the newest.
 *
 * @param bookId the book's id
 * @param title its title
 * @param author its author's name
 * @param publicationDate when it was published
 */
public record BookSummary(long bookId, String title, String author, LocalDate publicationDate) {
}
