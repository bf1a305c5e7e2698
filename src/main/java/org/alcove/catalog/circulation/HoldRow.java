package org.alcove.catalog.circulation;

import java.time.LocalDate;

/**
 * A hold as lists show it.
 *
 * @param id the hold's id
 * @param bookId the book's id
 * @param title the book's title
 * @param borrower the borrower's name
 * @param card the borrower's card number
 * @param placed when it was placed
 * @param position its place in the book's queue, from 1
 */
public record HoldRow(long id, long bookId, String title, String borrower, String card, LocalDate placed, int position) {
}
