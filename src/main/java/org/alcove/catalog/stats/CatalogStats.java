package org.alcove.catalog.stats;

import java.util.List;
import java.util.Optional;

/**
 * The statistics of a catalogue, or of the books matching a search: what {@code alcove stats}
 * prints and the dashboard draws.
 *
 * @param books how many books
 * @param authors how many authors: all of the catalogue's, or for a search those of the matching books
 * @param pagesTotal the books' pages added up
 * @param pagesAverage their average page count, 0 when there are no books
 * @param genres per genre with at least one book, by name, the books without a genre last (see {@link GenreStats#ORDER})
 * @param decades per decade with at least one book, oldest first
 * @param topAuthors the authors with most books, most first (ties by name), at most ten
 * @param oldest the earliest published book (ties: the lowest id)
 * @param newest the latest published book (ties: the lowest id)
 */
public record CatalogStats(long books, long authors, long pagesTotal, double pagesAverage, List<GenreStats> genres,
        List<DecadeCount> decades, List<AuthorCount> topAuthors, Optional<BookSummary> oldest,
        Optional<BookSummary> newest) {

    /**
     * Copies the lists so the statistics stay immutable.
     *
     * @param books books
     * @param authors authors
     * @param pagesTotal pages
     * @param pagesAverage average pages
     * @param genres per genre
     * @param decades per decade
     * @param topAuthors top authors
     * @param oldest oldest book
     * @param newest newest book
     */
    public CatalogStats {
        genres = List.copyOf(genres);
        decades = List.copyOf(decades);
        topAuthors = List.copyOf(topAuthors);
    }
}
