package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.alcove.orm.ProtectedError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, renaming, merging and deleting genres: every book kept, a backup before what moves books, bad requests refused whole. */
class GenreCatalogTest {
    @TempDir
    Path dir;
    Catalog catalog;
    GenreCatalog genres;
    Author author;

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("c.alcove"));
        genres = catalog.genres();
        author = catalog.authors().create(new Author("Ursula K. Le Guin", null));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    private Book book(String title, Genre genre) {
        return catalog.books().create(new Book(title, author, LocalDate.of(1970, 1, 1), null, genre, 100));
    }

    private List<String> titlesOf(String genre) {
        return catalog.books().filter("genre__name", genre).orderBy("title").valuesListFlat("title", String.class).list();
    }

    private long backups() throws java.io.IOException {
        Path folder = dir.resolve("backups");
        try (var files = Files.exists(folder) ? Files.list(folder) : java.util.stream.Stream.<Path>empty()) {
            return files.count();
        }
    }

    @Test
    void anAddedGenreIsListedByNameAmongTheFourWithItsCount() {
        Genre sf = genres.add(" Science Fiction ");
        book("The Dispossessed", sf);
        assertThat(sf.getName()).isEqualTo("Science Fiction");
        assertThat(sf.getCode()).isNull();
        assertThat(genres.withCounts()).extracting(e -> e.genre().getName() + "=" + e.books())
                .containsExactly("Fiction=0", "History=0", "Non-Fiction=0", "Science=0", "Science Fiction=1");
    }

    @Test
    void aNameAlreadyTakenWhateverItsCaseOrSeparatorsIsRefused() {
        genres.add("Science Fiction");
        assertThatThrownBy(() -> genres.add("science-fiction")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a genre 'Science Fiction'; rename or merge it instead.");
        assertThatThrownBy(() -> genres.add("fic")).hasMessage("There is already a genre 'Fiction' (code FIC); rename or merge it instead.");
        assertThatThrownBy(() -> genres.add(" - ")).hasMessageStartingWith("A genre needs a name");
        assertThatThrownBy(() -> genres.add("x".repeat(101))).hasMessageStartingWith("A genre name has at most 100 characters");
        assertThat(genres.all().count()).isEqualTo(5);
    }

    @Test
    void renamingKeepsTheBooksAndTheCodeAndRefusesAnotherGenresName() {
        Book dispossessed = book("The Dispossessed", genres.require("FIC"));
        genres.rename("fiction", "Novels");
        assertThat(catalog.books().get("id", dispossessed.getId()).getGenre().getName()).isEqualTo("Novels");
        assertThat(genres.require("FIC").getName()).isEqualTo("Novels");
        genres.rename("novels", "NOVELS"); // a change of case alone is a rename
        assertThat(genres.require("FIC").getName()).isEqualTo("NOVELS");
        assertThatThrownBy(() -> genres.rename("NOVELS", "history")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a genre 'History'; merge 'NOVELS' into it instead of renaming.");
        assertThatThrownBy(() -> genres.rename("Poetry", "Verse")).hasMessageStartingWith("No genre named 'Poetry'. Genres are: History, ");
    }

    @Test
    void mergingMovesEveryBookDeletesTheGenreAfterABackupAndPassesOnItsCode() throws Exception {
        Genre sf = genres.add("Science Fiction");
        book("The Dispossessed", sf);
        book("Cosmos", genres.require("SCI"));
        book("Contact", genres.require("SCI"));
        GenreCatalog.Result r = genres.merge("science", "science fiction");
        assertThat(r.books()).isEqualTo(2);
        assertThat(r.backup()).exists();
        assertThat(titlesOf("Science Fiction")).containsExactly("Contact", "Cosmos", "The Dispossessed");
        assertThat(genres.find("Science")).isEmpty();
        assertThat(genres.require("SCI").getName()).isEqualTo("Science Fiction"); // by the code it took
        assertThat(genres.all().count()).isEqualTo(4);
        assertThatThrownBy(() -> genres.merge("SCI", "science fiction")).hasMessageContaining("are one genre");
    }

    @Test
    void aGenreWithBooksIsDeletedOnlyWithSomewhereForThemToGo() throws Exception {
        Genre poetry = genres.add("Poetry");
        book("Earthsea Revisioned", poetry);
        book("Finding My Elegy", poetry);
        assertThatThrownBy(() -> genres.delete("poetry", Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Genre 'Poetry' has 2 books; move them to another genre first (--move-to GENRE) or leave them without one (--leave-without).");
        assertThat(backups()).isZero();
        assertThat(titlesOf("Poetry")).hasSize(2);
        // the model refuses too, whoever deletes
        assertThatThrownBy(() -> genres.require("Poetry").delete()).isInstanceOf(ProtectedError.class);

        GenreCatalog.Result moved = genres.delete("Poetry", Optional.of("fic"), false);
        assertThat(moved.books()).isEqualTo(2);
        assertThat(moved.backup()).exists();
        assertThat(titlesOf("Fiction")).containsExactly("Earthsea Revisioned", "Finding My Elegy");
        assertThat(genres.find("Poetry")).isEmpty();
    }

    @Test
    void deletingCanLeaveTheBooksWithoutAGenreAndAnUnusedGenreGoesWithoutABackup() throws Exception {
        book("Histories", genres.require("HIS"));
        GenreCatalog.Result r = genres.delete("history", Optional.empty(), true);
        assertThat(r.books()).isEqualTo(1);
        assertThat(catalog.books().get("title", "Histories").getGenre()).isNull();
        long before = backups();
        assertThat(genres.delete("Science", Optional.empty(), false)).isEqualTo(new GenreCatalog.Result(0, null));
        assertThat(backups()).isEqualTo(before);
        assertThatThrownBy(() -> genres.delete("fiction", Optional.of("FIC"), false)).hasMessageContaining("to itself");
    }

    @Test
    void theResolverFindsByNameOrCodeMakesWhatItLacksOnceAndBringsADeletedOriginalBackByItsCode() {
        GenreCatalog.Resolver r = genres.resolver();
        assertThat(r.resolve("non fiction").getCode()).isEqualTo("NON");
        Genre cooking = r.resolve("Cooking");
        assertThat(r.resolve("COOKING")).isSameAs(cooking);
        assertThat(genres.all().filter("name", "Cooking").count()).isEqualTo(1);
        assertThat(r.resolve("  ")).isNull();
        genres.delete("history", Optional.empty(), false);
        Genre history = genres.resolver().resolve("HIS");
        assertThat(List.of(history.getName(), history.getCode())).containsExactly("History", "HIS");
        assertThat(genres.findOrAdd("y".repeat(150)).getName()).hasSize(Genre.NAME_LENGTH);
    }

    private List<String> search(String text) {
        return catalog.books().filter(org.alcove.catalog.search.SearchQuery.parse(text).toQ(catalog, true).orElseThrow())
                .orderBy("title").valuesListFlat("title", String.class).list();
    }

    @Test
    void searchingByGenreFindsItByNameOrCodeAndNotKeepsTheBooksWithoutOne() {
        book("The Dispossessed", genres.add("Science Fiction"));
        book("Cosmos", genres.require("SCI"));
        book("Untitled", null);
        assertThat(search("genre:\"science-fiction\"")).containsExactly("The Dispossessed");
        assertThat(search("genre:sci")).containsExactly("Cosmos");
        assertThat(search("genre:SCIENCE")).containsExactly("Cosmos");
        assertThat(search("not genre:science")).containsExactly("The Dispossessed", "Untitled");
        assertThat(search("genre:poetry")).isEmpty();
    }
}
