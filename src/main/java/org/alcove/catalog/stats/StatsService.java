package org.alcove.catalog.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.orm.Avg;
import org.alcove.orm.Count;
import org.alcove.orm.Max;
import org.alcove.orm.Min;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;
import org.alcove.orm.Sum;

/**
 * Computes a catalogue's statistics with aggregate queries in the database — no row is counted in
 * Java — over all books or only those matching a search, so the dashboard and {@code alcove stats}
 * give the same figures.
 *
 * <pre>{@code
 * CatalogStats all = new StatsService(catalog).compute(Optional.empty());
 * CatalogStats found = new StatsService(catalog).compute(SearchQuery.parse("author:austen").toQ());
 * }</pre>
 */
public final class StatsService {

    /** How many authors {@link CatalogStats#topAuthors()} lists. */
    public static final int TOP_AUTHORS = 10;

    private final Catalog catalog;

    /**
     * A service over {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public StatsService(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The statistics of the books in scope.
     *
     * @param scope a filter on books (a search), or empty for the whole catalogue
     * @return the statistics; at most seven queries
     */
    public CatalogStats compute(Optional<Q> scope) {
        QuerySet<Book> books = scope.map(q -> catalog.books().filter(q)).orElseGet(catalog::books).orderBy();
        Map<String, Object> totals = books.aggregate(Count.of("id"), Sum.of("pages"), Avg.of("pages"),
                Min.of("publicationDate"), Max.of("publicationDate"), Count.of("author").distinct());
        long bookCount = number(totals.get("id__count")).longValue();
        long authors = scope.isPresent() ? number(totals.get("author__count")).longValue() : catalog.authors().count();
        return new CatalogStats(bookCount, authors, number(totals.get("pages__sum")).longValue(),
                number(totals.get("pages__avg")).doubleValue(), genres(books),
                decades(books, (LocalDate) totals.get("publicationDate__min"),
                        (LocalDate) totals.get("publicationDate__max")),
                topAuthors(books), edge(books, "publicationDate"), edge(books, "-publicationDate"));
    }

    private static List<GenreStats> genres(QuerySet<Book> books) {
        List<GenreStats> out = new ArrayList<>();
        for (Map<String, Object> row : books.values("genre").annotate("books", Count.of("id"))
                .annotate("pages_avg", Avg.of("pages")).annotate("pages_total", Sum.of("pages"))) {
            out.add(new GenreStats(genre(row.get("genre")), number(row.get("books")).longValue(),
                    number(row.get("pages_avg")).doubleValue(), number(row.get("pages_total")).longValue()));
        }
        out.sort(Comparator.comparing(GenreStats::genre));
        return out;
    }

    /** One query with a filtered count per decade between the oldest and the newest book. */
    private static List<DecadeCount> decades(QuerySet<Book> books, LocalDate oldest, LocalDate newest) {
        if (oldest == null || newest == null) {
            return List.of();
        }
        Map<String, Count> counts = new LinkedHashMap<>();
        for (int d = Math.floorDiv(oldest.getYear(), 10) * 10; d <= newest.getYear(); d += 10) {
            Q inDecade = Q.of("publicationDate__gte", LocalDate.of(d, 1, 1))
                    .and(Q.of("publicationDate__lt", LocalDate.of(d + 10, 1, 1)));
            counts.put("d" + d, Count.of("id").filter(inDecade));
        }
        List<DecadeCount> out = new ArrayList<>();
        books.aggregate(counts).forEach((name, n) -> {
            long count = number(n).longValue();
            if (count > 0) {
                out.add(new DecadeCount(Integer.parseInt(name.substring(1)), count));
            }
        });
        return out;
    }

    private static List<AuthorCount> topAuthors(QuerySet<Book> books) {
        List<AuthorCount> out = new ArrayList<>();
        for (Map<String, Object> row : books.values("author", "author__name").annotate("books", Count.of("id"))
                .orderBy("-books", "author__name", "author").limit(TOP_AUTHORS)) {
            out.add(new AuthorCount(number(row.get("author")).longValue(), (String) row.get("author__name"),
                    number(row.get("books")).longValue()));
        }
        return out;
    }

    private static Optional<BookSummary> edge(QuerySet<Book> books, String order) {
        return books.orderBy(order, "id").selectRelated("author").first()
                .map(b -> new BookSummary(b.getId(), b.getTitle(), b.getAuthor().getName(), b.getPublicationDate()));
    }

    private static Genre genre(Object value) {
        return value instanceof Genre g ? g : Genre.valueOf(String.valueOf(value));
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }
}
