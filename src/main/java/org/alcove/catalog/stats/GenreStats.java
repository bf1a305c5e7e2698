package org.alcove.catalog.stats;

import org.alcove.catalog.Genre;

/**
 * The books of one genre: a slice of the genre pie and a bar of the pages chart.
 *
 * @param genre the genre; {@code genre.code()} and {@code genre.label()} name it
 * @param books how many books
 * @param pagesAverage their average page count
 * @param pagesTotal their pages added up
 */
public record GenreStats(Genre genre, long books, double pagesAverage, long pagesTotal) {
}
