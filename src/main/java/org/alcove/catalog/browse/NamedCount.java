package org.alcove.catalog.browse;

/** An author (by id and name) with the number of books that go with it. */
public record NamedCount(long id, String name, long count) {
}
