package org.alcove.catalog.browse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Copy;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: how long the sidebar's facet counts take on a large catalogue (50,000 books,
 * 5,000 tags in 1,000 two-level groups, 2,000 series, 40 locations). Run on request:
 * {@code -Dtest=BookFacetsMeasurement -Dalcove.facets.measure=true}; figures go to the log.
 */
@EnabledIfSystemProperty(named = "alcove.facets.measure", matches = "true")
class BookFacetsMeasurement {
    private static final System.Logger LOG = System.getLogger(BookFacetsMeasurement.class.getName());
    private static final int BOOKS = 50_000;

    @TempDir
    Path tmp;

    @Test
    void measure() {
        try (Catalog catalog = Catalog.open(tmp.resolve("big.alcove"))) {
            fill(catalog.db());
            BookFacets facets = new BookBrowser(catalog).facets();
            time("tags, all books", () -> facets.tags("", BookFilter.ALL, 200));
            for (var q : catalog.db().captureQueries(() -> facets.tags("", BookFilter.ALL, 200))) {
                LOG.log(System.Logger.Level.INFO, String.format("  %6.1f ms  %s", q.nanos() / 1e6, q.sql()));
            }
            if (Boolean.getBoolean("alcove.facets.tagsOnly")) {
                return;
            }
            time("tags, filtered 'subject12'", () -> facets.tags("subject12", BookFilter.ALL, 200));
            time("tags, search 'title 1'", () -> facets.tags("", BookFilter.ALL.withSearch("title:\"book 1\""), 200));
            time("series, all books", () -> facets.series("", BookFilter.ALL, 200));
            time("statuses, all books", () -> facets.statuses(BookFilter.ALL));
            time("locations, all books", () -> facets.locations("", BookFilter.ALL, 200));
            time("locations, search 'title 1'", () -> facets.locations("", BookFilter.ALL.withSearch("title:\"book 1\""), 200));
        }
    }

    private static void time(String what, Supplier<List<FacetCount>> read) {
        long best = Long.MAX_VALUE;
        int rows = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            rows = read.get().size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        LOG.log(System.Logger.Level.INFO, String.format("%-32s %6.1f ms best of 3, %d rows", what, best / 1e6, rows));
    }

    private static void fill(Database db) {
        Random random = new Random(16);
        db.atomic(() -> {
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                authors.add(new Author("Author " + i, null));
            }
            authors = db.objects(Author.class).bulkCreate(authors);
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                tags.add(new Tag("Subject" + i));
                for (int c = 0; c < 4; c++) {
                    tags.add(new Tag("Subject" + i + ".Part" + c));
                }
            }
            tags = db.objects(Tag.class).bulkCreate(tags);
            List<Series> series = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                series.add(new Series("Series " + i));
            }
            series = db.objects(Series.class).bulkCreate(series);
            List<Book> books = new ArrayList<>();
            ReadingStatus[] statuses = ReadingStatus.values();
            for (int i = 0; i < BOOKS; i++) {
                Book b = new Book("Book " + i, authors.get(i % authors.size()), LocalDate.of(1900 + i % 120, 1, 1), null, SeedGenres.fic(), 100 + i % 500);
                if (i % 3 == 0) {
                    b.setSeries(series.get(random.nextInt(series.size())), BigDecimal.ONE);
                }
                b.setStatus(i % 5 == 0 ? null : statuses[i % statuses.length]);
                books.add(b);
            }
            books = db.objects(Book.class).bulkCreate(books);
            List<Copy> copies = new ArrayList<>();
            for (Book b : books) {
                java.util.Set<Tag> three = new java.util.LinkedHashSet<>();
                while (three.size() < 3) {
                    three.add(tags.get(random.nextInt(tags.size())));
                }
                b.tags().add(three);
                if (random.nextInt(10) < 6) {
                    copies.add(new Copy(b, null).setLocation("Room " + random.nextInt(40)));
                }
            }
            db.objects(Copy.class).bulkCreate(copies);
        });
    }
}
