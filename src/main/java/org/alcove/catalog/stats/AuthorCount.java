package org.alcove.catalog.stats;

/**
 * An author with how many books of theirs are counted.
 *
 * @param authorId the author's id
 * @param name the author's name
 * @param books how many books
 */
public record AuthorCount(long authorId, String name, long books) {
}
