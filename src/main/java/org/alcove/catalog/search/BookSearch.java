package org.alcove.catalog.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;

/**
 * Runs what a user types into the search box against a catalogue: the query compiled to a
 * {@link Q}, applied to the books in their default order (newest first).
 *
 * <pre>{@code
 * BookSearch search = new BookSearch(catalog);
 * SearchPage page = search.page("author:austen pages:>300", 0, 20);
 * }</pre>
 */
public final class BookSearch {

    private final Catalog catalog;

    /**
     * A search over {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public BookSearch(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The books matching {@code text}, lazily: nothing runs until it is read.
     *
     * @param text the query; blank matches every book
     * @return the books, newest first, with their authors joined
     * @throws SearchSyntaxException if the query cannot be read (its position says where)
     */
    public QuerySet<Book> books(String text) {
        return books(SearchQuery.parse(text).toQ(catalog, true)); // joined for selectRelated anyway
    }

    /**
     * The books matching a compiled condition.
     *
     * @param condition the condition, or empty for every book
     * @return the books, newest first, with their authors joined
     */
    public QuerySet<Book> books(Optional<Q> condition) {
        QuerySet<Book> all = catalog.books();
        return condition.map(all::filter).orElse(all).orderBy("-publicationDate", "id").selectRelated("author");
    }

    /**
     * One page of the books matching {@code text}, with how many match in all.
     *
     * @param text the query
     * @param offset how many matching books to skip
     * @param limit how many to return at most
     * @return the page; two queries
     * @throws SearchSyntaxException if the query cannot be read
     */
    public SearchPage page(String text, long offset, long limit) {
        SearchQuery query = SearchQuery.parse(text);
        // The count reads no author column: names are tested in a subquery, each book read once.
        long total = query.toQ(catalog, false).map(catalog.books()::filter).orElseGet(catalog::books).count();
        List<Book> rows = limit <= 0 || offset >= total ? List.of()
                : books(query.toQ(catalog, true)).slice(offset, offset + limit).list();
        return new SearchPage(total, offset, rows);
    }
}
