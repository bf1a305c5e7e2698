package org.alcove.catalog.browse;

import java.time.LocalDate;

import org.alcove.catalog.Genre;

/**
 * A book as the form holds it while the user types: text where the user types text (pages too),
 * not yet validated. {@link BookEditing#validate} says what is wrong with it.
 */
public record BookDraft(String title, String authorName, LocalDate published, Genre genre, String pages, String isbn) {
    /** An empty form for a new book. */
    public static BookDraft blank() {
        return new BookDraft("", "", null, Genre.FIC, "0", "");
    }
}
