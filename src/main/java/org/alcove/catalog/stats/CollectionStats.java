package org.alcove.catalog.stats;

import java.util.List;

/**
 * What a collection holds beyond its books' own figures: the most used tags, the ratings given,
 * the reading statuses, the readings finished per year and the copies per location.
 *
 * @param tags the most used tags, most books first (at most {@link StatsService#TOP_TAGS})
 * @param ratings books per rating, from 0 up in halves; only ratings given
 * @param unrated books without a rating
 * @param statuses books per reading status (code: to-read, reading, read, abandoned; "" for none)
 * @param readPerYear readings finished per year, oldest first
 * @param copiesPerLocation copies per location, most first ("" for copies without one)
 */
public record CollectionStats(List<Named> tags, List<Named> ratings, long unrated, List<Named> statuses,
                              List<Named> readPerYear, List<Named> copiesPerLocation) {
    /** A name (a tag, a rating, a year, a location) and how many. */
    public record Named(String name, long count) {
    }

    public CollectionStats {
        tags = List.copyOf(tags);
        ratings = List.copyOf(ratings);
        statuses = List.copyOf(statuses);
        readPerYear = List.copyOf(readPerYear);
        copiesPerLocation = List.copyOf(copiesPerLocation);
    }
}
