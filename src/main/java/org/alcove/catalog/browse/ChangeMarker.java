package org.alcove.catalog.browse;

/**
 * A summary of the catalogue's books, authors, genres and loans that changes with every write any
 * desk makes to them (a row added or deleted changes a count or the newest id; a book or author
 * edited, its version and so the sum of versions; a genre renamed, the hash of the genres' ids and
 * names; a copy lent, renewed, returned or marked lost, the loans' counts or renewals). The window
 * reads one every few seconds and re-reads its table when it differs from the last.
 */
public record ChangeMarker(long books, long newestBook, long bookVersions, long authors, long newestAuthor, long authorVersions,
                           long genres, long genreNames, long loans, long newestLoan, long loansOut, long renewals, long lost) {
}
