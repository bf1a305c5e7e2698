package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.ReadingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alcove bulk --search …}: the bulk panel's changes from the command line, on a real catalogue file. */
class BulkCommandTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void seeded() {
        CatalogFixture.seeded(dir).close();
        db = dir.resolve("catalog.alcove").toString();
    }

    @Test
    void aTagIsAddedToEveryBookTheSearchFindsAfterABackup() {
        CliRun run = CliRun.run("--db", db, "bulk", "--search", "author:austen", "--add-tag", "Regency");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Added tag \u201cRegency\u201d to 3 books. The catalogue as it was: ").contains("backups");
        assertThat(CliRun.run("--db", db, "search", "tag:regency").out()).contains("Emma", "Persuasion", "Pride and Prejudice");
    }

    @Test
    void statusGenreAndDeleteWorkAndUndoIsOneStep() {
        assertThat(CliRun.run("--db", db, "bulk", "--search", "author:orwell", "--status", "read").out())
                .startsWith("Set the status of 2 books to Read.");
        assertThat(CliRun.run("--db", db, "bulk", "--search", "author:orwell", "--genre", "history").out())
                .startsWith("Set the genre of 2 books to History.");
        assertThat(CliRun.run("--db", db, "bulk", "--search", "author:austen", "--delete").out()).startsWith("Deleted 3 books.");
        try (Catalog catalog = Catalog.open(Path.of(db))) {
            assertThat(catalog.books().count()).isEqualTo(3);
            assertThat(catalog.books().filter("status", ReadingStatus.READ).count()).isEqualTo(2);
        }
    }

    @Test
    void badInputExitsWithOneSentenceAndChangesNothing() {
        CliRun genre = CliRun.run("--db", db, "bulk", "--search", "emma", "--genre", "Poetry");
        assertThat(genre.code()).isNotZero();
        assertThat(genre.err()).contains("No genre is named \u201cPoetry\u201d; the genres are Fiction, History, Non-Fiction, Science, or none.");
        CliRun none = CliRun.run("--db", db, "bulk", "--search", "zzzz", "--add-tag", "x");
        assertThat(none.err()).contains("No book matches \u201czzzz\u201d.");
        CliRun two = CliRun.run("--db", db, "bulk", "--search", "emma", "--add-tag", "x", "--delete");
        assertThat(two.code()).isNotZero();
        try (Catalog catalog = Catalog.open(Path.of(db))) {
            assertThat(catalog.books().count()).isEqualTo(6);
        }
        assertThat(dir.resolve("backups")).doesNotExist();
    }
}
