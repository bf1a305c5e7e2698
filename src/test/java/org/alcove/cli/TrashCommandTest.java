package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.browse.BookEditing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alcove trash} and {@code search 'in:trash …'} on a real catalogue file. */
class TrashCommandTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void deleteTwoBooks() {
        CatalogFixture.seeded(dir).close();
        db = dir.resolve("catalog.alcove").toString();
        try (Catalog catalog = Catalog.open(Path.of(db))) {
            BookEditing editing = new BookEditing(catalog);
            editing.deleteBook(catalog.books().get("title", "The Hobbit").getId());
            editing.deleteBook(catalog.books().get("title", "Emma").getId());
        }
    }

    @Test
    void listShowsEachThingWithItsNumberAndJsonIsStable() {
        CliRun list = CliRun.run("--db", db, "trash");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("book", "\u201cEmma\u201d by Jane Austen", "\u201cThe Hobbit\u201d by J.R.R. Tolkien",
                "2 things in the trash; restore with alcove trash restore ID.");
        CliRun json = CliRun.run("--db", db, "trash", "list", "--json");
        assertThat(json.out()).startsWith("{\"total\":2,\"trash\":[{\"id\":2,\"kind\":\"book\",").contains("\"title\":\"Emma\",\"detail\":\"Jane Austen\"");
    }

    @Test
    void restoreBringsTheBookBackAndAnUnknownNumberExitsOne() {
        CliRun restore = CliRun.run("--db", db, "trash", "restore", "1", "7");
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.out()).contains("Restored \u201cThe Hobbit\u201d by J.R.R. Tolkien");
        assertThat(restore.err()).contains("alcove: Nothing numbered 7 is in the trash (see alcove trash list).");
        assertThat(CliRun.run("--db", db, "search", "hobbit").out()).contains("The Hobbit");
        assertThat(CliRun.run("--db", db, "trash").out()).contains("1 thing in the trash").doesNotContain("Hobbit");
        try (Catalog catalog = Catalog.open(Path.of(db))) { // the window's Undo can send it back
            BookEditing editing = new BookEditing(catalog);
            assertThat(editing.undoLabel()).contains("Undo Restore \u201cThe Hobbit\u201d by J.R.R. Tolkien");
            editing.undo();
            assertThat(catalog.books().filter("title", "The Hobbit").exists()).isFalse();
        }
    }

    @Test
    void searchInTrashFindsTrashedTitlesAndAuthorsButNoBooks() {
        assertThat(CliRun.run("--db", db, "search", "in:trash austen").out()).contains("\u201cEmma\u201d by Jane Austen").doesNotContain("Hobbit");
        assertThat(CliRun.run("--db", db, "search", "in:trash title:hobbit", "--json").out()).startsWith("{\"total\":1,");
        assertThat(CliRun.run("--db", db, "search", "hobbit").out()).contains("0 books match");
        CliRun bad = CliRun.run("--db", db, "search", "in:trash pages:>3");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'pages:' cannot be used with in:trash");
        assertThat(CliRun.run("--db", db, "search", "dune or in:trash").err()).contains("'in:trash' cannot be inside or, not or parentheses");
        assertThat(CliRun.run("--db", db, "search", "in:attic").err()).contains("'in' takes only trash, got 'attic'");
    }

    @Test
    void emptyOlderThanKeepsTheRecentAndEmptyLetsAllGo() {
        CliRun old = CliRun.run("--db", db, "trash", "empty", "--older-than", "30");
        assertThat(old.out()).isEqualTo("Emptied 0 things from the trash deleted more than 30 days ago; 2 left.\n");
        assertThat(CliRun.run("--db", db, "trash", "empty", "--json").out()).isEqualTo("{\"emptied\":2,\"left\":0}\n");
        assertThat(CliRun.run("--db", db, "trash").out()).isEqualTo("The trash is empty.\n");
        assertThat(CliRun.run("--db", db, "trash", "empty", "--older-than", "-1").err()).contains("--older-than wants 0 or more days, not -1");
    }

    @Test
    void aCommandThatOpensTheCatalogueLetsGoWhatIsOlderThanTheTrashKeeps() {
        try (Catalog catalog = Catalog.open(Path.of(db))) {
            catalog.db().objects(org.alcove.catalog.TrashItem.class).filter("title", "The Hobbit")
                    .update("deletedAt", java.time.LocalDateTime.now().minusDays(31));
        }
        assertThat(CliRun.run("--db", db, "search", "in:trash").out()).contains("The Hobbit"); // a reading command changes nothing
        assertThat(CliRun.run("--db", db, "trash").out()).contains("Emma").doesNotContain("The Hobbit");
    }

    @Test
    void aDeletedBorrowerIsInTheTrashAndComesBack() {
        assertThat(CliRun.run("--db", db, "borrowers", "add", "Ada Pupil", "P1").code()).isZero();
        CliRun delete = CliRun.run("--db", db, "borrowers", "delete", "P1");
        assertThat(delete.out()).contains("Deleted Ada Pupil (P1) into the trash");
        assertThat(CliRun.run("--db", db, "borrowers", "list").out()).doesNotContain("Ada Pupil");
        assertThat(CliRun.run("--db", db, "search", "in:trash ada").out()).contains("Ada Pupil (card P1)");
        assertThat(CliRun.run("--db", db, "trash", "restore", "3").code()).isZero();
        assertThat(CliRun.run("--db", db, "borrowers", "list").out()).contains("Ada Pupil");
    }
}
