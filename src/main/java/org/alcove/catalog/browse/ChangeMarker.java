package org.alcove.catalog.browse;

/**
 * A summary of the catalogue's books, authors and genres that changes with every write any desk
 * makes to them (a row added or deleted changes a count or the newest id; a row edited, its version
 * and so the sum of versions). The window reads one every few seconds and re-reads its table when
 * it differs from the last.
 */
public record ChangeMarker(long books, long newestBook, long bookVersions, long authors, long newestAuthor, long authorVersions,
                           long genres, long newestGenre) {
}
