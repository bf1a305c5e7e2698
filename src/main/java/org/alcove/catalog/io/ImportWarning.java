package org.alcove.catalog.io;

/**
 * Something an import did to a row that the user should know of although the row was imported:
 * bytes re-decoded as Windows-1252, an ISBN taken from the other column, a row with missing
 * columns read as empty.
 *
 * @param line the physical line, the header being line 1
 * @param field the column concerned, as the file's header spells it, or {@code row}
 * @param message what was done, in words
 */
public record ImportWarning(long line, String field, String message) {
}
