package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeededCatalogTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookEditingTest extends SeededCatalogTest {
    BookEditing editing;

    @BeforeEach
    void open() {
        editing = new BookEditing(catalog);
    }

    private long idOf(String title) {
        return catalog.books().get("title", title).getId();
    }

    @Test
    void loadGivesTheBookAsADraft() {
        assertThat(editing.load(idOf("Emma"))).contains(
                new BookDraft("Emma", "Jane Austen", LocalDate.of(1815, 12, 23), Genre.FIC, "474", "9780141439587"));
    }

    @Test
    void aTitleWithAControlCharacterIsRefusedSayingWhere() {
        Validation v = editing.validate(new BookDraft("Em\u0000ma", "Jane Austen", LocalDate.of(1815, 12, 23), Genre.FIC, "474", "9780141439587"),
                idOf("Emma"));
        assertThat(v.errors()).containsOnlyKeys(BookField.TITLE);
        assertThat(v.error(BookField.TITLE)).contains("The title holds the control character U+0000 at character 3; remove it");
    }

    @Test
    void validationNamesEveryWrongField() {
        Validation v = editing.validate(new BookDraft(" ", "Nobody", null, Genre.FIC, "-3", "9780141439519"), null);
        assertThat(v.errors()).containsOnlyKeys(BookField.TITLE, BookField.AUTHOR, BookField.PUBLISHED, BookField.PAGES, BookField.ISBN);
        assertThat(v.error(BookField.ISBN)).hasValueSatisfying(m -> assertThat(m).contains("check digit"));
    }

    @Test
    void isbnMustBeUniqueExceptForTheBookItself() {
        long emma = idOf("Emma");
        BookDraft draft = editing.load(emma).orElseThrow();
        assertThat(editing.validate(draft, emma).isValid()).isTrue();
        assertThat(editing.validate(draft, null).error(BookField.ISBN)).contains("Already used by \u201cEmma\u201d");
    }

    @Test
    void saveWritesTheBookAndUndoRestoresIt() {
        long emma = idOf("Emma");
        BookDraft draft = editing.load(emma).orElseThrow();
        editing.save(emma, new BookDraft("Emma (Penguin)", "George Orwell", draft.published(), Genre.NON, "500", "0-14-143958-0"));
        Book saved = catalog.books().selectRelated("author").get("id", emma);
        assertThat(saved.getTitle()).isEqualTo("Emma (Penguin)");
        assertThat(saved.getAuthor().getName()).isEqualTo("George Orwell");
        assertThat(saved.getIsbn()).isEqualTo("9780141439587");
        editing.undo();
        assertThat(editing.load(emma)).contains(draft);
    }

    @Test
    void savingAnInvalidDraftIsRefused() {
        assertThatThrownBy(() -> editing.save(null, BookDraft.blank())).isInstanceOf(InvalidBookException.class);
    }

    @Test
    void deletingAnAuthorTakesItsBooksAndUndoBringsThemBack() {
        long austen = catalog.authors().get("name", "Jane Austen").getId();
        assertThat(editing.authorSummary(austen)).contains(new AuthorSummary(austen, "Jane Austen", 3));
        assertThat(editing.deleteAuthor(austen)).isEqualTo(3);
        assertThat(catalog.books().count()).isEqualTo(3);
        assertThat(editing.undoLabel()).contains("Undo delete of Jane Austen");
        editing.undo();
        assertThat(catalog.books().filter("author", austen).count()).isEqualTo(3);
        assertThat(editing.undoLabel()).isEmpty();
    }

    @Test
    void deletedBookComesBackWithItsId() {
        long hobbit = idOf("The Hobbit");
        editing.deleteBook(hobbit);
        assertThat(catalog.books().filter("id", hobbit).exists()).isFalse();
        editing.undo();
        assertThat(catalog.books().get("id", hobbit).getTitle()).isEqualTo("The Hobbit");
    }

    @Test
    void aBooksAuthorIsReadForEditingInOneQuery() {
        long emma = idOf("Emma");
        java.util.List<AuthorDetails> read = new java.util.ArrayList<>();
        var queries = catalog.db().captureQueries(() -> editing.authorDetailsOfBook(emma).ifPresent(read::add));
        assertThat(queries).hasSize(1);
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Jane Austen");
            assertThat(a.birthDate()).isEqualTo(LocalDate.of(1775, 12, 16));
            assertThat(editing.authorDetails(a.id())).contains(a);
        });
        assertThat(editing.authorDetailsOfBook(-1)).isEmpty();
    }

    @Test
    void newAuthorCanBeUsedAtOnce() {
        editing.createAuthor("Mary Shelley", LocalDate.of(1797, 8, 30));
        long id = editing.save(null, new BookDraft("Frankenstein", "Mary Shelley", LocalDate.of(1818, 1, 1), Genre.FIC, "280", "9780141439471"));
        assertThat(catalog.books().get("id", id).getTitle()).isEqualTo("Frankenstein");
    }

    @Test
    void sampleCatalogueLoadsItsBooks() {
        try (CatalogSession session = CatalogSession.open(dir.resolve("sample.alcove"))) {
            assertThat(session.isEmpty()).isTrue();
            assertThat(session.loadSample()).isEqualTo(SampleCatalogue.BOOKS);
        }
    }

    @Test
    void aFileThatIsNotACatalogueSaysSo() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.alcove"), "this is not a database, just text ".repeat(200));
        assertThatThrownBy(() -> CatalogSession.open(junk)).isInstanceOf(CatalogOpenException.class)
                .hasMessageContaining("junk.alcove cannot be opened");
    }

    @Test
    void backupAndExportWriteFiles() {
        try (CatalogSession session = CatalogSession.open(dir.resolve("catalog.alcove"))) {
            session.backup(dir.resolve("copy.alcove"));
            assertThat(session.exportBooks(dir.resolve("books.csv"))).isEqualTo(6);
        }
        assertThat(dir.resolve("copy.alcove")).exists();
    }
}
