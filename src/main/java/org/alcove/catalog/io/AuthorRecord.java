package org.alcove.catalog.io;

import java.time.LocalDate;

/**
 * One valid author read from an import file, ready to be saved.
 *
 * @param line the physical line the record starts on (the header is line 1); 0 when the record
 *     did not come from a file, as when exporting
 * @param name the author's name, not blank, at most 100 characters
 * @param birthDate the birth date, or null when unknown
 * @param biography the biography, empty when none
 */
public record AuthorRecord(long line, String name, LocalDate birthDate, String biography) {
}
