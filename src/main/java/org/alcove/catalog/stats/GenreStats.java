package org.alcove.catalog.stats;

import java.util.Comparator;

import org.alcove.catalog.Genre;

/**
 * The books of one genre: a slice of the genre pie and a bar of the pages chart.
 *
 * @param genre the genre, or null for the books that have none
 * @param books how many books
 * @param pagesAverage their average page count
 * @param pagesTotal their pages added up
 */
public record GenreStats(Genre genre, long books, double pagesAverage, long pagesTotal) {
    /** What the charts call the books without a genre. */
    public static final String NO_GENRE = "No genre";

    /** By genre name whatever its case, the books without a genre last. */
    public static final Comparator<GenreStats> ORDER = Comparator.comparing(
            (GenreStats s) -> s.genre() == null ? null : s.genre().getNameKey(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** The genre's name, or {@link #NO_GENRE}. */
    public String name() {
        return genre == null ? NO_GENRE : genre.getName();
    }
}
