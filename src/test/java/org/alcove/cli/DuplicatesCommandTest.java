package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** duplicates lists what looks entered twice; merge-books and merge-authors merge it, after a backup. */
class DuplicatesCommandTest {
    @TempDir
    Path tmp;
    String db;
    long emma;
    long emma2;

    @BeforeEach
    void fill() {
        try (Database d = CatalogFixture.empty(tmp)) {
            Author a = d.objects(Author.class).create(new Author("Jane Austen", null));
            Author b = d.objects(Author.class).create(new Author("Austen, Jane", null));
            emma = d.objects(Book.class).create(new Book("Emma", a, LocalDate.of(1815, 12, 23), null, SeedGenres.fic(), 474)).getId();
            Book second = d.objects(Book.class).create(new Book("EMMA", b, null, null, SeedGenres.fic(), 0));
            emma2 = second.getId();
            d.save(new Copy(second, "B1"));
        }
        db = tmp.resolve("catalog.alcove").toString();
    }

    @Test
    void listsThenMergesBooksAndAuthors() {
        CliRun list = CliRun.run("--db", db, "duplicates");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("the same title and author: #" + emma + " \u201cEmma\u201d (Jane Austen, 1815)  \u00b7  #" + emma2)
                .contains("1 group(s) of books");
        assertThat(CliRun.run("--db", db, "duplicates", "--json").out()).contains("\"reason\":\"the same title and author\"");
        assertThat(CliRun.run("--db", db, "duplicates", "--authors").out()).contains("Jane Austen (1 book)  \u00b7  #2 Austen, Jane (1 book)");

        CliRun merge = CliRun.run("--db", db, "merge-books", String.valueOf(emma), String.valueOf(emma2));
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).startsWith("Merged 1 book into #" + emma).contains("backups");
        assertThat(CliRun.run("--db", db, "duplicates").out()).contains("0 group(s)");
        assertThat(CliRun.run("--db", db, "search", "barcode:B1").out()).contains("Emma").contains("1 book matches");

        CliRun authors = CliRun.run("--db", db, "merge-authors", "1", "2");
        assertThat(authors.code()).as(authors.err()).isZero();
        assertThat(CliRun.run("--db", db, "duplicates", "--authors").out()).contains("0 group(s)");
    }

    @Test
    void aBadMergeSaysWhyInOneLine() {
        CliRun r = CliRun.run("--db", db, "merge-books", String.valueOf(emma), "999");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("alcove: There is no book #999 in this catalogue" + System.lineSeparator());
    }
}
