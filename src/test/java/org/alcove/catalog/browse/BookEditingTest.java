package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.alcove.catalog.Book;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.SeededCatalogTest;
import org.alcove.orm.SqliteOnly;
import org.alcove.orm.TestBackend;
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
                new BookDraft("Emma", "Jane Austen", LocalDate.of(1815, 12, 23), SeedGenres.fic(), "474", "9780141439587",
                        BookDraft.More.NONE.with(new BookDraft.Texts("", "", ""), java.util.List.of(), java.util.List.of())));
    }

    @Test
    void aTitleWithAControlCharacterIsRefusedSayingWhere() {
        Validation v = editing.validate(new BookDraft("Em\u0000ma", "Jane Austen", LocalDate.of(1815, 12, 23), SeedGenres.fic(), "474", "9780141439587"),
                idOf("Emma"));
        assertThat(v.errors()).containsOnlyKeys(BookField.TITLE);
        assertThat(v.error(BookField.TITLE)).contains("The title holds the control character U+0000 at character 3; remove it");
    }

    @Test
    void validationNamesEveryWrongField() {
        Validation v = editing.validate(new BookDraft(" ", "Nobody", null, SeedGenres.fic(), "-3", "9780141439519"), null);
        assertThat(v.errors()).containsOnlyKeys(BookField.TITLE, BookField.AUTHOR, BookField.PAGES, BookField.ISBN);
        assertThat(v.error(BookField.ISBN)).hasValueSatisfying(m -> assertThat(m).contains("check digit"));
    }

    @Test
    void aTitlesLengthIsTheColumnsCountedInCharactersNotJavaChars() {
        BookDraft draft = editing.load(idOf("Emma")).orElseThrow();
        String emoji = "\uD83D\uDCDA".repeat(200); // 200 characters, 400 UTF-16 units
        assertThat(editing.validate(withTitle(draft, emoji), idOf("Emma")).error(BookField.TITLE)).isEmpty();
        assertThat(editing.validate(withTitle(draft, "x".repeat(201)), idOf("Emma")).error(BookField.TITLE))
                .contains("Ensure this value has at most 200 characters (it has 201).");
        assertThat(editing.createAuthor("\uD83D\uDCDA".repeat(100), null)).isPositive();
        assertThatThrownBy(() -> editing.createAuthor("y".repeat(101), null)).hasMessageContaining("1 to 100 characters");
    }

    @Test
    void everyFieldIsSavedReadBackAndUndone() {
        long emma = idOf("Emma");
        BookDraft before = editing.load(emma).orElseThrow();
        long creditsBefore = catalog.books().get("id", emma).contributions().count();
        editing.createAuthor("Robert Fagles", null);
        editing.createAuthor("Bernard Knox", null);
        BookDraft.More more = new BookDraft.More("Austen Novels", "4.5", "1815", "Penguin", "en", "paperback",
                org.alcove.catalog.ReadingStatus.READ, "4.5", "Classics, Romance, classics", "Robert Fagles (translator)\nBernard Knox (editor)")
                .with(new BookDraft.Texts("A matchmaker meddles.", "Signed copy", " Loved it. "),
                        java.util.List.of(new IdentifierRow("OCLC", " 123 "), new IdentifierRow("asin", "B000FC0SIM")),
                        java.util.List.of(new ReadingRow("2021-03-01", "2021-03-15"), new ReadingRow("", "")));
        BookDraft full = new BookDraft("Emma", "Jane Austen", before.published(), SeedGenres.fic(), "474", "", more);
        assertThat(editing.validate(full, emma).isValid()).as(editing.validate(full, emma).errors().toString()).isTrue();
        editing.save(emma, full);
        BookDraft read = editing.load(emma).orElseThrow();
        assertThat(read.isbn()).isEmpty();
        assertThat(read.more()).isEqualTo(new BookDraft.More("Austen Novels", "4.5", "1815", "Penguin", "en", "paperback",
                org.alcove.catalog.ReadingStatus.READ, "4.5", "Classics, Romance", "Robert Fagles (translator)\nBernard Knox (editor)")
                .with(new BookDraft.Texts("A matchmaker meddles.", "Signed copy", "Loved it."),
                        java.util.List.of(new IdentifierRow("asin", "B000FC0SIM"), new IdentifierRow("oclc", "123")),
                        java.util.List.of(new ReadingRow("2021-03-01", "2021-03-15"), new ReadingRow("", ""))));
        Book saved = catalog.books().get("id", emma);
        assertThat(saved.getIsbn()).isNull();
        assertThat(saved.contributions().orderBy("position").list()).extracting(c -> c.getAuthor().getName() + ":" + c.getRole().code())
                .containsExactly("Jane Austen:aut", "Robert Fagles:trl", "Bernard Knox:edt");
        editing.undo();
        assertThat(editing.load(emma)).contains(before);
        assertThat(catalog.books().get("id", emma).contributions().count()).isEqualTo(creditsBefore); // the rows as they were
    }

    @Test
    void aBookWithoutDateOrIsbnIsSavedAndAYearOnlyDateKeepsItsPrecision() {
        long id = editing.save(null, new BookDraft("Pamphlet", "Jane Austen", null, SeedGenres.non(), "12", ""));
        Book b = catalog.books().get("id", id);
        assertThat(b.getPublicationDate()).isNull();
        assertThat(b.getIsbn()).isNull();
        b.setPublicationDate(LocalDate.of(1996, 1, 1), org.alcove.catalog.DatePrecision.YEAR);
        catalog.db().save(b);
        BookDraft d = editing.load(id).orElseThrow();
        editing.save(id, withTitle(d, "Pamphlet, revised"));
        assertThat(catalog.books().get("id", id).publicationDateText()).isEqualTo("1996");
    }

    @Test
    void badValuesInTheNewFieldsAreNamed() {
        BookDraft.More bad = new BookDraft.More("", "2", "0", "", "", "", null, "7", "x".repeat(101), "Nobody Here (translator)");
        BookDraft draft = new BookDraft("Emma", "Jane Austen", null, SeedGenres.fic(), "474", "", bad);
        Validation v = editing.validate(draft, idOf("Emma"));
        assertThat(v.errors()).containsOnlyKeys(BookField.SERIES_INDEX, BookField.FIRST_PUBLISHED, BookField.RATING, BookField.TAGS,
                BookField.CONTRIBUTORS);
        assertThat(v.error(BookField.RATING)).contains("Rating 7 must be 0 to 5 in halves (0, 0.5, ..., 5)");
        assertThat(v.error(BookField.FIRST_PUBLISHED)).hasValueSatisfying(m -> assertThat(m).contains("there is no year 0"));
        assertThat(v.error(BookField.CONTRIBUTORS)).hasValueSatisfying(m -> assertThat(m).contains("No author named \u201cNobody Here\u201d"));
        assertThat(v.error(BookField.TAGS)).hasValueSatisfying(m -> assertThat(m).contains("at most 100 characters"));
        BookDraft.More role = new BookDraft.More("", "", "", "", "", "", null, "", "", "Jane Austen (singer)");
        assertThat(editing.validate(new BookDraft("Emma", "Jane Austen", null, SeedGenres.fic(), "474", "", role), null).error(BookField.CONTRIBUTORS))
                .hasValueSatisfying(m -> assertThat(m).contains("Unknown role \u201csinger\u201d"));
        assertThatThrownBy(() -> editing.save(idOf("Emma"), draft)).isInstanceOf(InvalidBookException.class);
    }

    private static BookDraft withTitle(BookDraft d, String title) {
        return new BookDraft(title, d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(), d.more());
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
        editing.save(emma, new BookDraft("Emma (Penguin)", "George Orwell", draft.published(), SeedGenres.non(), "500", "0-14-143958-0"));
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
        assertThat(editing.undoLabel()).contains("Undo Delete Jane Austen and 3 books");
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
        long id = editing.save(null, new BookDraft("Frankenstein", "Mary Shelley", LocalDate.of(1818, 1, 1), SeedGenres.fic(), "280", "9780141439471"));
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
    @SqliteOnly("SQLite only: backs the catalogue file up"
            + " (a server's database is backed up with pg_dump)")
    void backupAndExportWriteFiles() {
        try (CatalogSession session = CatalogSession.open(dir.resolve("catalog.alcove"))) {
            session.backup(dir.resolve("copy.alcove"));
            assertThat(session.exportBooks(dir.resolve("books.csv"))).isEqualTo(6);
        }
        assertThat(dir.resolve("copy.alcove")).exists();
    }
}
