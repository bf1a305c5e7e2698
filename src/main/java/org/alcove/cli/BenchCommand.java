package org.alcove.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.bench.Benchmark;
import org.alcove.catalog.io.AuthorCsvReader;
import org.alcove.catalog.io.BookCsvReader;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowResult;

import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove bench --data DIR}: the shared workload W1–W13 through Alcove, as JSON or a table. */
@Command(name = "bench", description = "Run the benchmark workload (shared/bench/WORKLOAD.md) on data from gen_data.py.")
final class BenchCommand extends CatalogCommand {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder with authors.csv and books.csv.")
    Path data;

    @Option(names = "--json", description = "Print one JSON object with WORKLOAD.md's keys.")
    boolean json;

    @Option(names = "--bench-db", paramLabel = "FILE", description = "Catalogue file to build (default: a temporary file; deleted first).")
    Path benchDb;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("authors.csv")) || !Files.isRegularFile(data.resolve("books.csv"))) {
            throw new IllegalArgumentException("no authors.csv and books.csv in " + data + " (generate them with shared/bench/gen_data.py)");
        }
        Path db = benchDb != null ? benchDb : Files.createTempDirectory("alcove-bench").resolve("bench.alcove");
        Benchmark bench = new Benchmark(data, BenchCommand::importAuthors, BenchCommand::importBooks,
                step -> err().printf("%s...%n", step));
        Map<String, Object> result = bench.run(db);
        if (json) {
            out().println(new GsonBuilder().setPrettyPrinting().create().toJson(result));
        } else {
            result.forEach((k, v) -> out().printf("%-32s %s%n", k, v));
        }
        return 0;
    }

    // TEMPORARY: the bulk path directly, until the catalogue's import service lands.
    private static long importAuthors(Catalog catalog, Path file) throws java.io.IOException {
        long[] n = {0};
        try (AuthorCsvReader reader = AuthorCsvReader.open(file)) {
            catalog.db().atomic(() -> {
                List<Author> batch = new ArrayList<>();
                try {
                    reader.forEach(r -> {
                        if (r instanceof RowResult.Valid<org.alcove.catalog.io.AuthorRecord> v) {
                            batch.add(new Author(v.record().name(), v.record().birthDate()).setBiography(v.record().biography()));
                            if (batch.size() == 2000) {
                                catalog.authors().bulkCreate(batch);
                                n[0] += batch.size();
                                batch.clear();
                            }
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                catalog.authors().bulkCreate(batch);
                n[0] += batch.size();
            });
        }
        return n[0];
    }

    private static long importBooks(Catalog catalog, Path file) throws java.io.IOException {
        long[] n = {0};
        Map<String, Long> ids = new HashMap<>();
        catalog.authors().orderBy().valuesList("name", "id").stream().forEach(r -> ids.put((String) r.get(0), (Long) r.get(1)));
        try (BookCsvReader reader = BookCsvReader.open(file, ImportFormat.BOOKS)) {
            catalog.db().atomic(() -> {
                List<Book> batch = new ArrayList<>();
                try {
                    reader.forEach(r -> {
                        if (r instanceof RowResult.Valid<org.alcove.catalog.io.BookRecord> v) {
                            var rec = v.record();
                            Author a = new Author();
                            a.setId(ids.get(rec.authorName()));
                            batch.add(new Book(rec.title(), a, rec.publicationDate(), rec.isbn13(), Genre.valueOf(rec.genreCode()), rec.pages()));
                            if (batch.size() == 2000) {
                                catalog.books().bulkCreate(batch);
                                n[0] += batch.size();
                                batch.clear();
                            }
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                catalog.books().bulkCreate(batch);
                n[0] += batch.size();
            });
        }
        return n[0];
    }
}
