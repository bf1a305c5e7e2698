package org.alcove.catalog.io;

/**
 * Why one row of an import file was rejected.
 *
 * @param line the physical line the record starts on (the header is line 1)
 * @param field the column the problem is in, as named in the file's header; "row" for problems
 *     with the row as a whole
 * @param message what is wrong, naming the value, for the user
 * @param rawRow the record's original values joined as a comma-separated CSV line, for the
 *     rejected-rows report
 */
public record RowError(long line, String field, String message, String rawRow) {
}
