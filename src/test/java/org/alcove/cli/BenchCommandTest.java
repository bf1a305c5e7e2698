package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.importing.BulkFiles;
import org.alcove.orm.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code alcove bench}: every WORKLOAD.md key, figures that follow from the data, and no overwriting. */
class BenchCommandTest {
    static final int AUTHORS = 300;
    static final int BOOKS = 1_500;

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return AlcoveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Data shaped as gen_data.py writes it; every 10th author is a "Jane Austen", every 20th title a "Mirror of". */
    Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (BufferedWriter w = Files.newBufferedWriter(data.resolve("authors.csv"), StandardCharsets.UTF_8)) {
            w.write("name,birth_date,biography\n");
            for (int i = 0; i < AUTHORS; i++) {
                w.write((i % 10 == 0 ? "Jane Austen " : "George Orwell ") + i + "," + (i % 7 == 0 ? "" : "1900-01-0" + (1 + i % 9))
                        + ",\"Known as \"\"the writer\"\".\nSecond line, with a comma.\"\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(data.resolve("books.csv"), StandardCharsets.UTF_8)) {
            w.write("title,author,publication_date,isbn,genre,pages\n");
            String[] genres = {"FIC", "NON", "SCI", "HIS"};
            for (int i = 0; i < BOOKS; i++) {
                int author = i % AUTHORS;
                w.write("The " + (i % 20 == 0 ? "Mirror" : "River") + " of Time " + i + ","
                        + (author % 10 == 0 ? "Jane Austen " : "George Orwell ") + author + ","
                        + (1600 + i % 400) + "-0" + (1 + i % 9) + "-1" + (i % 10) + "," + BulkFiles.isbn13(i) + ","
                        + genres[i % 4] + "," + (i % 1500) + "\n");
            }
        }
        return data;
    }

    @Test
    void printsEveryWorkloadKeyWithFiguresThatFollowFromTheData() throws IOException {
        Path db = dir.resolve("bench.alcove");
        assertThat(run("bench", "--data", data().toString(), "--db", db.toString(), "--json")).isZero();
        JsonObject r = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(r.keySet()).containsExactly("W1_import_authors_rows_per_s", "W2_import_books_rows_per_s",
                "W3_q_filter_order_top100_ms", "W4_genre_stats_ms", "W5_top_authors_ms", "W6_select_related_rows_per_s",
                "W7_prefetch_10k_authors_ms", "W7_books", "W12_search_title_ms", "W14_search_as_you_type_ms", "W13_first_page_ms", "W10_get_by_isbn_us",
                "W8_update_F_ms", "W9_cascade_delete_ms", "W9_deleted", "W11_load_all_books_s", "W11_rows", "peak_rss_mb");
        assertThat(r.get("W14_search_as_you_type_ms").getAsDouble()).isPositive();
        for (String rate : List.of("W1_import_authors_rows_per_s", "W2_import_books_rows_per_s", "W6_select_related_rows_per_s")) {
            assertThat(r.get(rate).getAsLong()).as(rate).isPositive();
        }
        int austens = AUTHORS / 10;
        int austenBooks = BOOKS / 10; // book i goes to author i % 300, a Jane Austen when i % 10 == 0
        assertThat(r.get("W7_books").getAsLong()).isEqualTo(BOOKS);
        // the authors, their books, and each book's contribution (one per book, the first author's)
        assertThat(r.get("W9_deleted").getAsLong()).isEqualTo(austens + 2 * austenBooks);
        assertThat(r.get("W11_rows").getAsLong()).isEqualTo(BOOKS - austenBooks);
        assertThat(r.get("peak_rss_mb").getAsLong()).isPositive();
        assertThat(err.toString()).contains("W1...", "W11...");
        try (Catalog catalog = Catalog.open(db)) { // the catalogue is left as W9 and W11 saw it
            assertThat(catalog.authors().filter("name__startswith", "Jane Austen").count()).isZero();
            assertThat(catalog.books().count()).isEqualTo(BOOKS - austenBooks);
        }
    }

    @Test
    void refusesToReplaceAnExistingFile() throws IOException {
        Path precious = Files.writeString(dir.resolve("mine.alcove"), "not to be lost");
        assertThat(run("bench", "--data", data().toString(), "--db", precious.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("mine.alcove").contains("would replace this file").contains("does not exist yet");
        assertThat(Files.readString(precious)).isEqualTo("not to be lost");
    }

    @Test
    void theCatalogueNamedBeforeTheCommandIsTheOneBuilt() throws IOException {
        Path db = dir.resolve("global.alcove");
        assertThat(run("--db", db.toString(), "bench", "--data", data().toString(), "--json")).isZero();
        try (Catalog catalog = Catalog.open(db)) {
            assertThat(catalog.books().count()).isEqualTo(BOOKS - BOOKS / 10);
        }
    }

    @Test
    void withoutDbItBuildsATemporaryCatalogueAndLeavesNothingBehind() throws IOException {
        List<Path> before = benchFolders();
        assertThat(run("bench", "--data", data().toString(), "--json")).as(err.toString()).isZero();
        assertThat(JsonParser.parseString(out.toString()).getAsJsonObject().get("W11_rows").getAsLong()).isEqualTo(BOOKS - BOOKS / 10);
        assertThat(benchFolders()).isEqualTo(before);
    }

    private static List<Path> benchFolders() throws IOException {
        try (var all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("alcove-bench")).sorted().toList();
        }
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void runsOnASharedCatalogueInAnEmptyPostgresqlDatabase() throws IOException {
        String server = EmbeddedPostgres.get().freshDatabase();
        assertThat(run("bench", "--data", data().toString(), "--db", server, "--json")).as(err.toString()).isZero();
        JsonObject r = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(r.get("W7_books").getAsLong()).isEqualTo(BOOKS);
        assertThat(r.get("W9_deleted").getAsLong()).isEqualTo(AUTHORS / 10 + 2 * (BOOKS / 10));
        assertThat(r.get("W11_rows").getAsLong()).isEqualTo(BOOKS - BOOKS / 10);
        try (Catalog catalog = Catalog.openExisting(server)) {
            assertThat(catalog.books().count()).isEqualTo(BOOKS - BOOKS / 10);
        }
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void refusesADatabaseThatHoldsACatalogue() throws IOException {
        String server = EmbeddedPostgres.get().freshDatabase();
        assertThat(run("--db", server, "import-authors", "assets/sample/authors.csv")).isZero();
        assertThat(run("bench", "--data", data().toString(), "--db", server)).isEqualTo(2);
        assertThat(err.toString()).contains("already holds one with books or authors");
    }

    @Test
    void aFolderWithoutTheDataSaysHowToMakeIt() {
        assertThat(run("bench", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no authors.csv and books.csv in").contains("gen_data.py");
    }
}
