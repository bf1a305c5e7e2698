package org.alcove.catalog.search;

import java.util.List;

import org.alcove.catalog.Book;

/**
 * One page of search results.
 *
 * @param total how many books match in all
 * @param offset where the page starts among them
 * @param books the page's books, their authors loaded
 */
public record SearchPage(long total, long offset, List<Book> books) {

    /**
     * Copies the list so the page stays immutable.
     *
     * @param total how many match
     * @param offset where the page starts
     * @param books the books
     */
    public SearchPage {
        books = List.copyOf(books);
    }
}
