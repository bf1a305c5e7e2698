package org.alcove.catalog.search;

import java.util.Objects;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Loan;
import org.alcove.orm.Q;

/**
 * A query in the catalogue's search language, as typed into the search box or given to
 * {@code alcove search QUERY}, parsed and ready to filter books:
 *
 * <pre>{@code
 * SearchQuery query = SearchQuery.parse("river author:austen -genre:SCI pages:100..400");
 * QuerySet<Book> books = query.toQ(catalog.authors()).map(catalog.books()::filter)
 *                                   .orElseGet(catalog::books);
 * }</pre>
 *
 * The language is described in {@code docs/search-language.md}. A blank query matches everything.
 */
public final class SearchQuery {

    private final String text;
    private final SearchExpr expression;

    private SearchQuery(String text, SearchExpr expression) {
        this.text = text;
        this.expression = expression;
    }

    /**
     * Parses {@code text}.
     *
     * @throws SearchSyntaxException if it is not a valid query; no other exception for any string
     */
    public static SearchQuery parse(String text) {
        Objects.requireNonNull(text, "text");
        SearchExpr expr = SearchParser.parse(text).orElse(null);
        if (expr != null && TrashSearch.asksForTrash(expr)) {
            SearchQuery q = new SearchQuery(text, expr);
            q.trash = TrashSearch.rest(expr).orElse(null);
            q.inTrash = true;
            return q;
        }
        if (expr != null) {
            TrashSearch.refuseNested(expr);
        }
        return new SearchQuery(text, expr);
    }

    private boolean inTrash;
    private SearchExpr trash;

    /**
     * Whether the query searches the trash ({@code in:trash}, alone or with free words, {@code title:}
     * and {@code author:} terms): then {@link #toTrashQ()} filters the trash, and the book filters match no book.
     */
    public boolean inTrash() {
        return inTrash;
    }

    /** The filter on the trash's items (TrashItem) for an {@code in:trash} query, empty for everything in the trash. */
    public Optional<Q> toTrashQ() {
        if (!inTrash) {
            throw new IllegalStateException("not an in:trash query: " + text);
        }
        return Optional.ofNullable(trash).map(TrashSearch::compile);
    }

    /** The query as the user typed it. */
    public String text() {
        return text;
    }

    /** The parsed expression, or empty for a blank query. */
    public Optional<SearchExpr> expression() {
        return Optional.ofNullable(expression);
    }

    /** Whether this query has no condition at all and so matches every book. */
    public boolean matchesEverything() {
        return expression == null;
    }

    /**
     * The filter on Book for this query, or empty when it matches everything; author names are
     * matched through a join to the author table.
     */
    public Optional<Q> toQ() {
        return expression().map(e -> SearchCompiler.compile(e, null, null));
    }

    /**
     * The filter on Book for this query in {@code catalog}: the form every search of a catalogue
     * uses, since the lending terms ({@code loaned:}, {@code overdue:}, {@code borrower:}) read the
     * catalogue's loans in a subquery.
     *
     * @param joinNames whether author names are matched through a join (fast for a first page)
     *     rather than a subquery on the authors ({@code author__in}): the same books, but a count
     *     reads each book once instead of joining every book to its author (on 500,000 books the
     *     count for {@code mirror of} took 124–133 ms this way and 375–464 ms with the join). Title
     *     and name terms the catalogue's trigram index narrows read only its candidates (see
     *     {@code TextIndex}), with the same books as a scan
     */
    public Optional<Q> toQ(Catalog catalog, boolean joinNames) {
        Objects.requireNonNull(catalog, "catalog");
        return expression().map(e -> SearchCompiler.compile(e, joinNames ? null : catalog.authors(), catalog.db().objects(Loan.class),
                TextIndex.of(catalog.db()).orElse(null)));
    }

    /** The parsed expression written out fully parenthesised, or {@code <everything>} for a blank query. */
    @Override
    public String toString() {
        return expression == null ? "<everything>" : expression.toString();
    }
}
