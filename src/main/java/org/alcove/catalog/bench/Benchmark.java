package org.alcove.catalog.bench;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.Genre;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.catalog.browse.SortKey;
import org.alcove.orm.Avg;
import org.alcove.orm.Count;
import org.alcove.orm.F;
import org.alcove.orm.Q;
import org.alcove.orm.Sum;

/**
 * The workload of {@code shared/bench/WORKLOAD.md} (W1–W13 and peak memory, and W14: search as you type) run through Alcove's
 * services and QuerySets, in the same order and with the same repetitions as the peers, so the
 * figures can be set side by side as ratios.
 */
public final class Benchmark {
    /** Imports one CSV file into the catalogue and returns the rows imported. */
    @FunctionalInterface
    public interface Importer {
        long importFile(Catalog catalog, Path file) throws IOException;
    }

    private final Path data;
    private final Importer authorsImporter;
    private final Importer booksImporter;
    private final Consumer<String> progress;

    public Benchmark(Path data, Importer authorsImporter, Importer booksImporter, Consumer<String> progress) {
        this.data = data;
        this.authorsImporter = authorsImporter;
        this.booksImporter = booksImporter;
        this.progress = progress;
    }

    /**
     * Runs every step on a new catalogue at {@code dbFile} and returns the figures keyed as
     * WORKLOAD.md keys them.
     *
     * @throws FileAlreadyExistsException if {@code dbFile} exists: the benchmark never replaces a file
     */
    public Map<String, Object> run(Path dbFile) throws IOException {
        if (Files.exists(dbFile)) {
            throw new FileAlreadyExistsException(dbFile.toString(), null,
                    "the benchmark builds a new catalogue and would replace this file; give a name that does not exist yet");
        }
        CatalogPaths.deleteLogFiles(dbFile); // left by a catalogue of that name deleted while open
        try (Catalog catalog = Catalog.open(dbFile)) {
            return run(catalog);
        }
    }

    /**
     * Runs every step on a shared catalogue in an empty database on a PostgreSQL server,
     * {@code postgresql://user@host/name}; the figures as {@link #run(Path)} gives them (peak memory
     * is this process's, the server's not counted).
     *
     * @throws IllegalArgumentException if the catalogue there holds books or authors: the benchmark never builds on other data
     */
    public Map<String, Object> run(String server) throws IOException {
        if (!Catalog.isShared(server)) {
            return run(Path.of(server));
        }
        try (Catalog catalog = Catalog.open(server, false)) {
            if (catalog.books().exists() || catalog.authors().exists()) {
                throw new IllegalArgumentException("the benchmark builds a new catalogue and " + server
                        + " already holds one with books or authors; give it an empty database");
            }
            return run(catalog);
        }
    }

    private Map<String, Object> run(Catalog catalog) throws IOException {
        Map<String, Object> res = new LinkedHashMap<>();
        var books = catalog.books();
        var authors = catalog.authors();
        step("W1");
        long t = System.nanoTime();
        long n = authorsImporter.importFile(catalog, data.resolve("authors.csv"));
        res.put("W1_import_authors_rows_per_s", Math.round(n / seconds(t)));
        step("W2");
        t = System.nanoTime();
        n = booksImporter.importFile(catalog, data.resolve("books.csv"));
        res.put("W2_import_books_rows_per_s", Math.round(n / seconds(t)));
        Genre fiction = catalog.genres().require("FIC");
        Genre science = catalog.genres().require("SCI");
        step("W3");
        res.put("W3_q_filter_order_top100_ms", median(20, () ->
                books.filter(Q.of("genre", fiction).or(Q.of("pages__gt", 400))).orderBy("-publicationDate").limit(100).list()));
        step("W4");
        res.put("W4_genre_stats_ms", median(5, () -> books.values("genre")
                .annotate("n", Count.of("id")).annotate("avg", Avg.of("pages")).annotate("total", Sum.of("pages"))
                .orderBy("genre__id").list()));
        step("W5");
        res.put("W5_top_authors_ms", median(5, () ->
                authors.annotate("numBooks", Count.of("books")).orderBy("-numBooks").limit(10).list()));
        step("W6");
        t = System.nanoTime();
        long named;
        try (var stream = books.selectRelated("author").limit(100_000).stream()) {
            named = stream.filter(b -> b.getAuthor().getName() != null).count();
        }
        res.put("W6_select_related_rows_per_s", Math.round(named / seconds(t)));
        step("W7");
        t = System.nanoTime();
        long prefetched = 0;
        for (Author a : authors.prefetchRelated("books").limit(10_000)) {
            prefetched += a.books().list().size();
        }
        res.put("W7_prefetch_10k_authors_ms", round(millis(t), 1));
        res.put("W7_books", prefetched);
        step("W12");
        res.put("W12_search_title_ms", median(5, () -> {
            var found = books.filter("title__icontains", "mirror of");
            return List.of(found.count(), found.limit(50).list());
        }));
        step("W14");
        res.put("W14_search_as_you_type_ms", searchAsYouType(new BookBrowser(catalog)));
        step("W13");
        res.put("W13_first_page_ms", median(5, () -> List.of(books.count(), books.selectRelated("author").limit(100).list())));
        step("W10");
        List<String> isbns = books.orderBy().valuesListFlat("isbn", String.class).limit(1000).list();
        // WORKLOAD.md: medians of repeated runs after one warm-up, the step not saying otherwise.
        double perRound = median(5, () -> {
            for (String isbn : isbns) {
                books.get("isbn", isbn);
            }
            return null;
        });
        res.put("W10_get_by_isbn_us", round(perRound * 1000 / isbns.size(), 1));
        step("W8");
        t = System.nanoTime();
        books.filter("genre", science).update("pages", F.of("pages").plus(1));
        res.put("W8_update_F_ms", round(millis(t), 1));
        step("W9");
        t = System.nanoTime();
        var deleted = authors.filter("name__startswith", "Jane Austen").delete();
        res.put("W9_cascade_delete_ms", round(millis(t), 1));
        res.put("W9_deleted", deleted.total());
        step("W11");
        t = System.nanoTime();
        List<Book> all = books.list();
        res.put("W11_load_all_books_s", round(seconds(t), 2));
        res.put("W11_rows", all.size());
        res.put("peak_rss_mb", peakRssMb());
        return res;
    }

    /**
     * The typed text of W14: a title word and the next, so that it has the ten growing prefixes
     * the step asks for (gen_data.py's words have at most seven letters).
     */
    static final String TYPED = "silence of";
    /** The window's first page: 200 rows, newest first (BooksViewModel). */
    private static final int WINDOW_PAGE = 200;

    /**
     * W14: each prefix of {@link #TYPED} searched as the window searches it, the first page and
     * then the count; the median time to the first page (a warm-up round first, as elsewhere).
     */
    static double searchAsYouType(BookBrowser browser) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; i <= TYPED.length(); i++) {
            prefixes.add(TYPED.substring(0, i));
        }
        double[] times = new double[prefixes.size()];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < prefixes.size(); i++) {
                long t = System.nanoTime();
                browser.page(prefixes.get(i), SortKey.PUBLISHED, true, 0, WINDOW_PAGE);
                times[i] = millis(t);
                browser.count(prefixes.get(i));
            }
        }
        Arrays.sort(times);
        return round((times[times.length / 2 - 1] + times[times.length / 2]) / 2, 3);
    }

    private void step(String name) {
        progress.accept(name);
    }

    private static double median(int repetitions, Supplier<Object> work) {
        work.get();
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = millis(t);
        }
        Arrays.sort(times);
        return round(times[repetitions / 2], 3);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** The process's peak resident set (VmHWM) in MB, or -1 where /proc is not available. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Math.round(Long.parseLong(parts[1]) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** The step names in the order they run. */
    public static List<String> steps() {
        return new ArrayList<>(List.of("W1", "W2", "W3", "W4", "W5", "W6", "W7", "W12", "W14", "W13", "W10", "W8", "W9", "W11"));
    }
}
