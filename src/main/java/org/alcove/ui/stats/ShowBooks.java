package org.alcove.ui.stats;

import org.alcove.catalog.Genre;

/**
 * What a click on the dashboard asks the main window's table to show: the books matching
 * {@code search}, of {@code genre} and by {@code authorId} where those are not null.
 *
 * @param search a search in the catalogue's search language (blank for all books)
 * @param genre the genre to filter on, or null
 * @param authorId the author to filter on, or null
 * @param authorName that author's name, for the sidebar
 */
public record ShowBooks(String search, Genre genre, Long authorId, String authorName) {
    public ShowBooks {
        search = search == null ? "" : search;
    }
}
