package org.alcove.catalog.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.orm.Avg;
import org.alcove.orm.Count;
import org.alcove.orm.F;
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
 * CatalogStats found = new StatsService(catalog).compute(SearchQuery.parse("author:austen"));
 * }</pre>
 */
public final class StatsService {

    /** How many authors {@link CatalogStats#topAuthors()} lists. */
    public static final int TOP_AUTHORS = 10;
    /** How many tags {@link #collection} lists. */
    public static final int TOP_TAGS = 20;

    /** How many matching books are read by id (bound values, well inside SQLite's limit on them). */
    static final int IDS_AT_MOST = 10_000;

    private final Catalog catalog;
    private final int idsAtMost;

    /**
     * A service over {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public StatsService(Catalog catalog) {
        this(catalog, IDS_AT_MOST);
    }

    /** A service reading at most {@code idsAtMost} matching books by id (small in tests). */
    StatsService(Catalog catalog, int idsAtMost) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.idsAtMost = idsAtMost;
    }

    /**
     * The statistics of the books in scope.
     *
     * @param scope a filter on books (a search), or empty for the whole catalogue
     * @return the statistics; seven small queries (the top authors are counted by id, then named), and for a
     *     scope one more reading the ids of the matching books
     */
    public CatalogStats compute(Optional<Q> scope) {
        QuerySet<Book> books = scope.map(this::matching).orElseGet(catalog::books).orderBy();
        List<GenreStats> genres = genres(books);
        long bookCount = genres.stream().mapToLong(GenreStats::books).sum();
        long pagesTotal = genres.stream().mapToLong(GenreStats::pagesTotal).sum();
        long authors;
        if (scope.isPresent()) {
            // the distinct authors of the matching books; the same query counts and adds up again
            Map<String, Object> totals = books.aggregate(Count.of("id"), Sum.of("pages"), Count.of("author").distinct());
            authors = number(totals.get("author__count")).longValue();
            bookCount = number(totals.get("id__count")).longValue();
            pagesTotal = number(totals.get("pages__sum")).longValue();
        } else {
            authors = catalog.authors().count();
        }
        Decades decades = decades(books);
        return new CatalogStats(bookCount, authors, pagesTotal, bookCount == 0 ? 0 : (double) pagesTotal / bookCount,
                genres, decades.counts(), topAuthors(books), edge(books, decades.oldest()), edge(books, decades.newest()));
    }

    /**
     * The statistics of the books matching a search typed in the window (blank for the whole
     * catalogue): the dashboard's scope, built from the same Q the books table filters with.
     *
     * @param searchText a query in the search language
     * @return the statistics; at most seven queries
     * @throws org.alcove.catalog.search.SearchSyntaxException when the text cannot be read
     */
    public CatalogStats compute(String searchText) {
        return compute(SearchQuery.parse(searchText == null ? "" : searchText));
    }

    /**
     * The statistics of the books matching a parsed search, author names matched in a subquery
     * (see {@link SearchQuery#toQ(Catalog, boolean)}).
     *
     * @param search the search
     * @return the statistics; at most seven queries
     */
    public CatalogStats compute(SearchQuery search) {
        return compute(search.toQ(catalog, false));
    }

    /**
     * Tags, ratings, statuses, readings per year and copies per location of the books in scope
     * (a search, or empty for all), each in one grouped query.
     */
    public CollectionStats collection(Optional<Q> scope) {
        QuerySet<Book> books = scope.map(this::matching).orElseGet(catalog::books).orderBy();
        List<CollectionStats.Named> tags = named(books.filter("tags__isnull", false).values("tags__name")
                .annotate("n", Count.of("id")).orderBy("-n", "tags__name").limit(TOP_TAGS), "tags__name");
        List<CollectionStats.Named> ratings = new ArrayList<>();
        for (Map<String, Object> row : books.filter("rating__isnull", false).values("rating").annotate("n", Count.of("id")).orderBy("rating")) {
            ratings.add(new CollectionStats.Named(((java.math.BigDecimal) row.get("rating")).stripTrailingZeros().toPlainString(),
                    number(row.get("n")).longValue()));
        }
        long unrated = books.filter("rating__isnull", true).count();
        List<CollectionStats.Named> statuses = new ArrayList<>();
        for (Map<String, Object> row : books.values("status").annotate("n", Count.of("id")).orderBy("status")) {
            Object s = row.get("status");
            statuses.add(new CollectionStats.Named(s == null ? "" : ((org.alcove.catalog.ReadingStatus) s).code(), number(row.get("n")).longValue()));
        }
        var readings = catalog.db().objects(org.alcove.catalog.Reading.class).orderBy();
        var copies = catalog.db().objects(org.alcove.catalog.Copy.class).orderBy();
        if (scope.isPresent()) {
            readings = readings.filter("book__in", books);
            copies = copies.filter("book__in", books);
        }
        List<CollectionStats.Named> years = named(readings.filter("finished__isnull", false)
                .annotate("year", org.alcove.orm.Extract.of("finished", "year")).values("year").annotate("n", Count.of("id")).orderBy("year"), "year");
        List<CollectionStats.Named> locations = named(copies.values("location").annotate("n", Count.of("id")).orderBy("-n", "location"), "location");
        return new CollectionStats(tags, ratings, unrated, statuses, years, locations);
    }

    /** {@link #collection(Optional)} of the books a search typed in the window finds (blank for all). */
    public CollectionStats collection(String searchText) {
        return collection(SearchQuery.parse(searchText == null ? "" : searchText).toQ(catalog, false));
    }

    private static List<CollectionStats.Named> named(QuerySet<Map<String, Object>> rows, String key) {
        List<CollectionStats.Named> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            out.add(new CollectionStats.Named(String.valueOf(row.get(key)), number(row.get("n")).longValue()));
        }
        return out;
    }

    /**
     * The books matching a search, for the four queries that read them: by their ids when at most
     * {@link #IDS_AT_MOST} match (read in one query), so the search itself runs once instead of in
     * every query — a 128-word search tests 128 patterns on every book, seconds a scan on 500,000
     * books; else by the search (reading the ids stops at the first {@code IDS_AT_MOST + 1}).
     */
    private QuerySet<Book> matching(Q search) {
        QuerySet<Book> found = catalog.books().filter(search);
        List<Long> ids = found.orderBy().valuesListFlat("id", Long.class).limit(idsAtMost + 1L).list();
        return ids.size() <= idsAtMost ? catalog.books().filter("id__in", ids) : found;
    }

    /** Grouped by the genre, its name and code joined in (outer: the books without a genre are a group too); one query. */
    private static List<GenreStats> genres(QuerySet<Book> books) {
        List<GenreStats> out = new ArrayList<>();
        for (Map<String, Object> row : books.values("genre", "genre__name", "genre__code").annotate("books", Count.of("id"))
                .annotate("pages_avg", Avg.of("pages")).annotate("pages_total", Sum.of("pages"))) {
            Long id = genreId(row.get("genre"));
            Genre genre = null;
            if (id != null) {
                genre = new Genre((String) row.get("genre__name"), (String) row.get("genre__code"));
                genre.setId(id);
            }
            out.add(new GenreStats(genre, number(row.get("books")).longValue(),
                    number(row.get("pages_avg")).doubleValue(), number(row.get("pages_total")).longValue()));
        }
        out.sort(GenreStats.ORDER);
        return out;
    }

    /** Books per decade (the year, divided by ten, times ten), with each decade's oldest and newest date, in one grouped query. */
    private static Decades decades(QuerySet<Book> books) {
        List<DecadeCount> out = new ArrayList<>();
        LocalDate oldest = null;
        LocalDate newest = null;
        // Books whose date is unknown (possible since migration 0005) belong to no decade.
        for (Map<String, Object> row : books.filter("publicationDate__isnull", false).annotate("decade", F.of("publicationDate__year").div(10).times(10))
                .values("decade").annotate("books", Count.of("id")).annotate("oldest", Min.of("publicationDate"))
                .annotate("newest", Max.of("publicationDate")).orderBy("decade")) {
            out.add(new DecadeCount(number(row.get("decade")).intValue(), number(row.get("books")).longValue()));
            oldest = oldest == null ? (LocalDate) row.get("oldest") : oldest;
            newest = (LocalDate) row.get("newest");
        }
        return new Decades(out, oldest, newest);
    }

    private record Decades(List<DecadeCount> counts, LocalDate oldest, LocalDate newest) {
    }

    /**
     * The authors with most books: counted by author id alone, which reads the author_id index in
     * order without touching the author table (grouping by id and name looked up the name of every
     * one of 500,000 books and sorted them), then the ten names in one lookup. Ties go to the author
     * entered first.
     */
    private List<AuthorCount> topAuthors(QuerySet<Book> books) {
        List<Map<String, Object>> top = books.values("author").annotate("books", Count.of("id"))
                .orderBy("-books", "author__id").limit(TOP_AUTHORS).list();
        List<Long> ids = top.stream().map(row -> number(row.get("author")).longValue()).toList();
        Map<Long, Author> names = ids.isEmpty() ? Map.of() : catalog.authors().inBulk(ids);
        List<AuthorCount> out = new ArrayList<>();
        for (Map<String, Object> row : top) {
            long id = number(row.get("author")).longValue();
            Author author = names.get(id);
            out.add(new AuthorCount(id, author == null ? "" : author.getName(), number(row.get("books")).longValue()));
        }
        return out;
    }

    /** The first book (lowest id) published on {@code date}: an index lookup, not a sort. */
    private static Optional<BookSummary> edge(QuerySet<Book> books, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return books.filter("publicationDate", date).orderBy("id").selectRelated("author").first()
                .map(b -> new BookSummary(b.getId(), b.getTitle(), b.getAuthor().getName(), b.getPublicationDate()));
    }

    private static Long genreId(Object value) {
        return value instanceof Genre g ? g.getId() : value instanceof Number n ? Long.valueOf(n.longValue()) : null;
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }
}
