package org.alcove.catalog.browse;

/**
 * A value books share (a tag, a series, a reading status, a copies' location) as the sidebar lists
 * it: its label, the search-language term that finds its books, and how many books it has.
 */
public record FacetCount(String label, String term, long count) {
}
