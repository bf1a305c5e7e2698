package org.alcove.catalog.stats;

/**
 * How many books were published in one decade.
 *
 * @param decade the decade's first year: 1810 for 1810–1819
 * @param books how many books
 */
public record DecadeCount(int decade, long books) {
}
