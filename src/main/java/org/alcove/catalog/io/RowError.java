package org.alcove.catalog.io;

/**
 * Why one row of an import file was rejected.
 *
 * @param line the physical line the record starts on (the header is line 1)
 * @param field the column the problem is in, as named in the file's header; "row" for problems
 *     with the row as a whole
 * @param message what is wrong, naming the value, for the user
 * @param rawRow the row as a comma-separated CSV line, for the rejected-rows report: the file's
 *     original values when the row is rejected while reading; for a row rejected later, against
 *     the catalogue (a duplicate ISBN, an unknown author), the values as read, in Alcove's books
 *     columns
 */
public record RowError(long line, String field, String message, String rawRow) {
}
