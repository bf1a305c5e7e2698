package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.catalog.stats.BookSummary;
import org.alcove.catalog.stats.CatalogStats;
import org.alcove.catalog.stats.CollectionStats;
import org.alcove.catalog.stats.DecadeCount;
import org.alcove.catalog.stats.GenreStats;
import org.alcove.catalog.stats.StatsService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove stats [--json] [--query QUERY]}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Statistics of the catalogue: totals, genres, decades, top authors, oldest and newest book.")
final class StatsCommand extends CatalogCommand {
    @Option(names = "--json", description = "Print the statistics as JSON.")
    boolean json;

    @Option(names = "--query", paramLabel = "QUERY", description = "Only the books matching this search.")
    String query;

    @Override
    public Integer call() {
        SearchQuery scope = SearchQuery.parse(query == null ? "" : query); // a bad query is told before the file is opened
        try (Catalog catalog = openExistingCatalog()) {
            StatsService service = new StatsService(catalog);
            CatalogStats s = service.compute(scope);
            CollectionStats c = service.collection(scope.toQ(catalog, false));
            if (json) {
                Map<String, Object> m = toJson(s);
                m.put("tags", counts(c.tags(), "name", "books"));
                m.put("ratings", counts(c.ratings(), "rating", "books"));
                m.put("unrated", c.unrated());
                m.put("statuses", counts(c.statuses(), "status", "books"));
                m.put("read_per_year", counts(c.readPerYear(), "year", "readings"));
                m.put("copies_per_location", counts(c.copiesPerLocation(), "location", "copies"));
                out().println(Json.GSON.toJson(m));
            } else {
                print(s);
                print(c);
            }
            return 0;
        }
    }

    static Map<String, Object> toJson(CatalogStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("books", s.books());
        m.put("authors", s.authors());
        m.put("pages_total", s.pagesTotal());
        m.put("pages_avg", s.pagesAverage());
        m.put("genres", s.genres().stream().map(g -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", g.genre() == null ? null : g.genre().getCode());
            r.put("label", g.name());
            r.put("books", g.books());
            r.put("pages_avg", g.pagesAverage());
            r.put("pages_total", g.pagesTotal());
            return r;
        }).toList());
        m.put("decades", s.decades().stream().map(d -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("decade", d.decade());
            r.put("books", d.books());
            return r;
        }).toList());
        m.put("top_authors", s.topAuthors().stream().map(a -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", a.name());
            r.put("books", a.books());
            return r;
        }).toList());
        m.put("oldest", s.oldest().map(StatsCommand::book).orElse(null));
        m.put("newest", s.newest().map(StatsCommand::book).orElse(null));
        return m;
    }

    private static Map<String, Object> book(BookSummary b) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", b.bookId());
        r.put("title", b.title());
        r.put("author", b.author());
        r.put("publication_date", b.publicationDate().toString());
        return r;
    }

    private static List<Map<String, Object>> counts(List<CollectionStats.Named> named, String key, String count) {
        return named.stream().map(n -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put(key, n.name().isEmpty() ? null : key.equals("year") ? (Object) Integer.valueOf(n.name()) : n.name());
            r.put(count, n.count());
            return r;
        }).toList();
    }

    private void print(CollectionStats c) {
        var out = out();
        if (!c.tags().isEmpty()) {
            out.println("Tags:");
            c.tags().forEach(t -> out.printf(Locale.ROOT, "  %-40s %6d%n", t.name(), t.count()));
        }
        if (!c.ratings().isEmpty()) {
            out.println("Ratings (" + c.unrated() + " unrated):");
            c.ratings().forEach(r -> out.printf(Locale.ROOT, "  %-5s %8d%n", r.name(), r.count()));
        }
        if (!c.readPerYear().isEmpty()) {
            out.println("Read per year:");
            c.readPerYear().forEach(y -> out.printf(Locale.ROOT, "  %-5s %8d%n", y.name(), y.count()));
        }
        if (!c.copiesPerLocation().isEmpty()) {
            out.println("Copies per location:");
            c.copiesPerLocation().forEach(l -> out.printf(Locale.ROOT, "  %-40s %6d%n", l.name().isEmpty() ? "(no location)" : l.name(), l.count()));
        }
    }

    private void print(CatalogStats s) {
        var out = out();
        out.printf(Locale.ROOT, "%d books by %d authors, %d pages (%.1f on average)%n", s.books(), s.authors(),
                s.pagesTotal(), s.pagesAverage());
        for (GenreStats g : s.genres()) {
            out.printf(Locale.ROOT, "  %-12s %8d books  %8.1f pages avg  %10d pages%n", g.name(), g.books(),
                    g.pagesAverage(), g.pagesTotal());
        }
        List<DecadeCount> decades = s.decades();
        if (!decades.isEmpty()) {
            out.println("Decades:");
            decades.forEach(d -> out.printf(Locale.ROOT, "  %ds %8d%n", d.decade(), d.books()));
        }
        if (!s.topAuthors().isEmpty()) {
            out.println("Top authors:");
            s.topAuthors().forEach(a -> out.printf(Locale.ROOT, "  %-40s %6d%n", a.name(), a.books()));
        }
        s.oldest().ifPresent(b -> out.println("Oldest: " + b.title() + " — " + b.author() + " (" + b.publicationDate() + ")"));
        s.newest().ifPresent(b -> out.println("Newest: " + b.title() + " — " + b.author() + " (" + b.publicationDate() + ")"));
    }
}
