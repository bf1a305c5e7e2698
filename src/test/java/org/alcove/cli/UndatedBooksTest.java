package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books without a date or an ISBN (possible since migration 0005) pass through stats and search. */
class UndatedBooksTest {
    @TempDir
    Path tmp;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AlcoveCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void statsAndSearchShowWhatIsKnown() {
        try (Database db = CatalogFixture.empty(tmp)) {
            Author homer = db.objects(Author.class).create(new Author("Homer", null));
            db.save(new Book("Hymns", homer, null, null, SeedGenres.fic(), 0));
            db.save(new Book("The Iliad", homer, null, null, SeedGenres.fic(), 700).setPublicationDate(LocalDate.of(1990, 6, 9), DatePrecision.YEAR));
        }
        String db = tmp.resolve("catalog.alcove").toString();
        String stats = run("--db", db, "stats", "--json");
        assertThat(stats).contains("\"books\":2").contains("\"decade\":1990");
        String search = run("--db", db, "search", "author:homer", "--json");
        assertThat(search).contains("\"title\":\"Hymns\"", "\"isbn\":null", "\"publication_date\":null")
                .contains("\"publication_date\":\"1990\"");
        // The plain listing says what is known too: no "null" for a missing ISBN or date, a year as a year.
        assertThat(run("--db", db, "search", "author:homer")).doesNotContain("null", "1990-01-01")
                .contains("1990  -  The Iliad — Homer", "undated  -  Hymns — Homer");
    }
}
