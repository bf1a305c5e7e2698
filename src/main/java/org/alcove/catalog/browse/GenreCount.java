package org.alcove.catalog.browse;

import org.alcove.catalog.Genre;

/** A genre with the number of books in it. */
public record GenreCount(Genre genre, long count) {
}
