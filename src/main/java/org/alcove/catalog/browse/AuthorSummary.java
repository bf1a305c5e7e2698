package org.alcove.catalog.browse;

/** An author with the number of books that would go with it if it were deleted. */
public record AuthorSummary(long id, String name, long books) {
}
