package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alcove genres}: list, add, rename, merge and delete, with a sentence for every refusal. */
class GenresCommandTest {
    @TempDir
    Path tmp;
    String db;

    @BeforeEach
    void fill() {
        try (Database d = CatalogFixture.empty(tmp)) {
            Author a = d.objects(Author.class).create(new Author("Carl Sagan", null));
            d.objects(Book.class).create(new Book("Cosmos", a, LocalDate.of(1980, 1, 1), null, SeedGenres.sci(), 396));
            d.objects(Book.class).create(new Book("Contact", a, LocalDate.of(1985, 1, 1), null, SeedGenres.fic(), 432));
        }
        db = tmp.resolve("catalog.alcove").toString();
    }

    @Test
    void listsTheGenresWithCodesAndCountsAsTextAndJson() {
        CliRun list = CliRun.run("--db", db, "genres");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Fiction").contains("FIC").contains("4 genres.");
        assertThat(list.out().lines().filter(l -> l.startsWith("Science ")).findFirst().orElseThrow()).endsWith(" 1");
        assertThat(CliRun.run("--db", db, "genres", "list", "--json").out().strip()).isEqualTo("{\"genres\":["
                + "{\"name\":\"Fiction\",\"code\":\"FIC\",\"books\":1},{\"name\":\"History\",\"code\":\"HIS\",\"books\":0},"
                + "{\"name\":\"Non-Fiction\",\"code\":\"NON\",\"books\":0},{\"name\":\"Science\",\"code\":\"SCI\",\"books\":1}]}");
    }

    @Test
    void addRenameMergeAndDeleteSayWhatTheyDid() {
        assertThat(CliRun.run("--db", db, "genres", "add", "Science Fiction").out()).isEqualTo("Added the genre 'Science Fiction'.\n");
        assertThat(CliRun.run("--db", db, "genres", "rename", "fic", "Novels").out()).isEqualTo("Renamed 'Fiction' to 'Novels'.\n");
        CliRun merge = CliRun.run("--db", db, "genres", "merge", "novels", "science fiction");
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).startsWith("Merged 'Novels' into 'Science Fiction': 1 book moved. The catalogue as it was: ").contains("backups");
        assertThat(CliRun.run("--db", db, "search", "genre:\"science fiction\"").out()).contains("Contact").contains("1 book matches");
        assertThat(CliRun.run("--db", db, "search", "genre:FIC").out()).contains("Contact"); // the code went with the merge

        CliRun refused = CliRun.run("--db", db, "genres", "delete", "science");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("alcove: Genre 'Science' has 1 book; move them to another genre first"
                + " (--move-to GENRE) or leave them without one (--leave-without).\n");
        CliRun moved = CliRun.run("--db", db, "genres", "delete", "science", "--move-to", "Science Fiction");
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).startsWith("Deleted the genre 'Science'; 1 book moved to 'Science Fiction'. The catalogue as it was: ");
        assertThat(CliRun.run("--db", db, "genres", "delete", "history").out()).isEqualTo("Deleted the genre 'History'.\n");
        assertThat(CliRun.run("--db", db, "genres", "delete", "science fiction", "--leave-without").out())
                .startsWith("Deleted the genre 'Science Fiction'; 2 books left without a genre.");
        assertThat(CliRun.run("--db", db, "genres", "list").out()).contains("1 genre.");
    }

    @Test
    void badRequestsAreOneSentenceAndChangeNothing() {
        CliRun unknown = CliRun.run("--db", db, "genres", "rename", "Poetry", "Verse");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("alcove: No genre named 'Poetry'. Genres are: Fiction, History, Non-Fiction, Science.\n");
        assertThat(CliRun.run("--db", db, "genres", "add", "non fiction").err())
                .isEqualTo("alcove: There is already a genre 'Non-Fiction'; rename or merge it instead.\n");
        CliRun usage = CliRun.run("--db", db, "genres", "merge", "Science");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("usage: alcove genres merge FROM INTO");
        assertThat(CliRun.run("--db", db, "genres", "delete", "x", "--move-to", "y", "--leave-without").err())
                .contains("give --move-to or --leave-without, not both");
        assertThat(CliRun.run("--db", db, "genres", "shuffle").err()).contains("genres wants list, add, rename, merge or delete, not 'shuffle'");
        assertThat(CliRun.run("--db", db, "genres", "list").out()).contains("4 genres.");
    }
}
