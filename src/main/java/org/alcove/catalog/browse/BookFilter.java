package org.alcove.catalog.browse;

import java.util.Optional;

import org.alcove.catalog.Genre;

/**
 * What the books table shows: the search text (in the catalogue's search language) combined with
 * the author and genre picked in the sidebar; {@code null} means "any".
 */
public record BookFilter(String search, Long authorId, Genre genre) {
    /** Every book. */
    public static final BookFilter ALL = new BookFilter("", null, null);

    public BookFilter {
        search = search == null ? "" : search;
    }

    public BookFilter withSearch(String text) {
        return new BookFilter(text, authorId, genre);
    }

    public BookFilter withAuthor(Long id) {
        return new BookFilter(search, id, genre);
    }

    public BookFilter withGenre(Genre g) {
        return new BookFilter(search, authorId, g);
    }

    public Optional<Long> author() {
        return Optional.ofNullable(authorId);
    }
}
