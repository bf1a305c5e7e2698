package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming iterator reads a catalogue in constant memory: a child JVM with a heap too small
 * to hold the books as a list still streams every one of them, from a SQLite file or, in the
 * build's PostgreSQL run, from a database on the test server (where the driver must be told to
 * fetch the rows a batch at a time).
 */
class StreamingMemoryTest {
    static final int BOOKS = 150_000;

    @TempDir
    static Path dir;
    /** The catalogue's file or connection string. */
    static String where;

    @BeforeAll
    static void buildCatalogue() {
        try (Database db = CatalogFixture.empty(dir)) {
            where = db.location();
            List<Author> authors = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                authors.add(new Author("Author " + i, null));
            }
            db.objects(Author.class).bulkCreate(authors);
            List<Book> batch = new ArrayList<>();
            db.atomic(() -> {
                for (int i = 0; i < BOOKS; i++) {
                    batch.add(new Book("A reasonably long book title number " + i, authors.get(i % 1000),
                            LocalDate.of(1800 + i % 200, 1 + i % 12, 1 + i % 28), String.format("978%010d", i), SeedGenres.fic(), i % 900));
                    if (batch.size() == 5000) {
                        db.objects(Book.class).bulkCreate(batch);
                        batch.clear();
                    }
                }
            });
        }
    }

    /** Run in the child JVM: streams or lists every book with its author and prints the count. */
    public static void main(String[] args) {
        try (Database db = Database.connect(args[0], CatalogModels.array())) {
            QuerySet<Book> all = db.objects(Book.class).selectRelated("author");
            long n;
            if (args[1].equals("stream")) {
                try (var s = all.stream()) {
                    n = s.filter(b -> b.getAuthor().getName() != null).count();
                }
            } else {
                n = all.list().size();
            }
            System.out.println(n);
        }
    }

    private static Result runChild(String how) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), StreamingMemoryTest.class.getName(),
                where, how).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    }

    record Result(int exit, String output) {
    }

    @Test
    void streamingEveryBookFitsInASmallHeap() throws Exception {
        Result r = runChild("stream");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).endsWith(String.valueOf(BOOKS));
    }

    @Test
    void theSameBooksAsOneListDoNotFit() throws Exception {
        Result r = runChild("list");
        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("OutOfMemoryError");
    }
}
