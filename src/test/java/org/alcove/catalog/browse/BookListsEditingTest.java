package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.SeededCatalogTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A book's identifiers and readings edited in the form: checked, saved with the book in one transaction, at its version, undone. */
class BookListsEditingTest extends SeededCatalogTest {
    BookEditing editing;
    long emma;

    @BeforeEach
    void open() {
        editing = new BookEditing(catalog);
        emma = catalog.books().get("title", "Emma").getId();
    }

    private static BookDraft with(BookDraft d, List<IdentifierRow> identifiers, List<ReadingRow> readings) {
        BookDraft.More m = d.more();
        return new BookDraft(d.title(), d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(),
                m.with(m.texts(), identifiers == null ? m.identifiers() : identifiers, readings == null ? m.readings() : readings));
    }

    private static BookDraft titled(BookDraft d, String title) {
        return new BookDraft(title, d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(), d.more());
    }

    private List<String> identifiersInCatalogue() {
        return catalog.db().objects(Identifier.class).filter("book", emma).orderBy("scheme").list().stream()
                .map(i -> i.getScheme() + " " + i.getValue()).toList();
    }

    private long readingsInCatalogue() {
        return catalog.db().objects(Reading.class).filter("book", emma).count();
    }

    /** Saves {@code draft} over Emma and expects it refused with {@code message} on {@code field}, the catalogue as it was. */
    private void refused(BookDraft draft, BookField field, String message) {
        assertThat(editing.validate(draft, emma).errors()).containsExactly(java.util.Map.entry(field, message));
        assertThatThrownBy(() -> editing.save(emma, draft)).isInstanceOf(InvalidBookException.class).hasMessageContaining(message);
        assertThat(catalog.books().get("id", emma).getTitle()).isEqualTo("Emma");
        assertThat(identifiersInCatalogue()).isEmpty();
        assertThat(readingsInCatalogue()).isZero();
    }

    @Test
    void anIdentifierWithoutAValueIsRefusedAndNothingOfTheBookIsSaved() {
        BookDraft d = with(titled(editing.load(emma).orElseThrow(), "Emma (annotated)"),
                List.of(new IdentifierRow("oclc", "123"), new IdentifierRow("asin", "  ")), List.of(new ReadingRow("2021-03-01", "")));
        refused(d, BookField.IDENTIFIERS, "Identifier 2 (asin) needs a value; type it or remove the row");
    }

    @Test
    void anIdentifierGivenTwiceIsRefusedWhateverTheCaseOfItsKindAndValue() {
        BookDraft d = with(editing.load(emma).orElseThrow(),
                List.of(new IdentifierRow("asin", "B000FC0SIM"), new IdentifierRow("ASIN", " b000fc0sim ")), null);
        refused(d, BookField.IDENTIFIERS, "The identifier asin b000fc0sim is given twice; remove one of them");
    }

    @Test
    void anIdentifierKindThatIsNoShortNameIsRefused() {
        BookDraft d = with(editing.load(emma).orElseThrow(), List.of(new IdentifierRow("open library", "OL1M")), null);
        refused(d, BookField.IDENTIFIERS,
                "Identifier 1: its kind \u201copen library\u201d must be a short name of letters, digits, '_' or '-' (asin, oclc, lccn, ...)");
    }

    @Test
    void anIdentifierValueLongerThanItsColumnIsRefused() {
        BookDraft d = with(editing.load(emma).orElseThrow(), List.of(new IdentifierRow("lccn", "9".repeat(101))), null);
        refused(d, BookField.IDENTIFIERS, "Identifier 1 (lccn): Ensure this value has at most 100 characters (it has 101).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-13    | 2021-12-01 | Reading 1: its start \u201c2021-13\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty",
        "2021-02-30 |            | Reading 1: its start \u201c2021-02-30\u201d is not a day of the calendar; write it as YYYY-MM-DD, like 2021-03-15",
        "           | last May   | Reading 1: its finish \u201clast May\u201d is not a date; write it as YYYY-MM-DD, like 2021-03-15, or leave it empty",
        "2021-03-15 | 2021-03-01 | Reading 1 cannot finish (2021-03-01) before it starts (2021-03-15)",
    })
    void aReadingWhoseDaysAreWrongIsRefusedInOneSentence(String started, String finished, String message) {
        BookDraft d = with(titled(editing.load(emma).orElseThrow(), "Emma (annotated)"),
                List.of(new IdentifierRow("oclc", "123")), List.of(new ReadingRow(started, finished)));
        refused(d, BookField.READINGS, message);
    }

    @Test
    void readingsAreSavedWithSlashesOrDashesAndEitherDayUnknown() {
        BookDraft d = with(editing.load(emma).orElseThrow(), null,
                List.of(new ReadingRow("2020/1/5", "2020-01-20"), new ReadingRow("2024-06-01", " ")));
        editing.save(emma, d);
        assertThat(catalog.db().objects(Reading.class).filter("book", emma).orderBy("started").list())
                .extracting(Reading::getStarted, Reading::getFinished)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 1, 20)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 6, 1), null));
    }

    @Test
    void changingOnlyTheIdentifiersMovesTheBookToItsNextVersionAndCanBeUndone() {
        EditedBook opened = editing.open(emma).orElseThrow();
        EditedBook saved = editing.saveOver(opened, with(opened.draft(), List.of(new IdentifierRow("asin", "B000FC0SIM")), null));
        assertThat(saved.version()).isEqualTo(opened.version() + 1);
        assertThat(saved.draft().more().identifiers()).containsExactly(new IdentifierRow("asin", "B000FC0SIM"));
        assertThat(editing.undoLabel()).contains("Undo Edit \u201cEmma\u201d");
        editing.undo();
        assertThat(identifiersInCatalogue()).isEmpty();
    }

    @Test
    void aSaveThatChangesNothingKeepsTheSameIdentifierAndReadingRows() {
        editing.save(emma, with(editing.load(emma).orElseThrow(), List.of(new IdentifierRow("asin", "B000FC0SIM"), new IdentifierRow("oclc", "1")),
                List.of(new ReadingRow("2021-03-01", "2021-03-15"))));
        List<Long> before = catalog.db().objects(Identifier.class).filter("book", emma).valuesListFlat("id", Long.class).list();
        long reading = catalog.db().objects(Reading.class).get("book", emma).getId();
        BookDraft again = editing.load(emma).orElseThrow();
        editing.save(emma, with(again, List.of(new IdentifierRow("oclc", "2"), again.more().identifiers().get(0)), null));
        assertThat(catalog.db().objects(Identifier.class).filter("book", emma).valuesListFlat("id", Long.class).list())
                .contains(before.get(0)).doesNotContain(before.get(1)).hasSize(2);
        assertThat(catalog.db().objects(Reading.class).get("book", emma).getId()).isEqualTo(reading);
    }

    @Test
    void aDraftWithoutTheListsLeavesTheBooksIdentifiersAndReadingsAsTheyAre() {
        editing.save(emma, with(editing.load(emma).orElseThrow(), List.of(new IdentifierRow("asin", "B000FC0SIM")),
                List.of(new ReadingRow("2021-03-01", "2021-03-15"))));
        Book b = catalog.books().get("id", emma);
        b.setReview("Loved it");
        catalog.db().save(b);
        BookDraft d = editing.load(emma).orElseThrow();
        BookDraft.More m = d.more(); // as a caller written before the lists were in the draft builds it
        editing.save(emma, new BookDraft("Emma!", d.authorName(), d.published(), d.genre(), d.pages(), d.isbn(),
                new BookDraft.More(m.series(), m.seriesIndex(), m.firstPublished(), m.publisher(), m.language(), m.format(),
                        m.status(), m.rating(), m.tags(), m.contributors())));
        assertThat(catalog.books().get("id", emma).getTitle()).isEqualTo("Emma!");
        assertThat(catalog.books().get("id", emma).getReview()).isEqualTo("Loved it");
        assertThat(identifiersInCatalogue()).containsExactly("asin B000FC0SIM");
        assertThat(readingsInCatalogue()).isEqualTo(1);
    }

    @Test
    void aSaveOverAnotherDesksSaveWritesNoneOfTheListsAndNamesThem() {
        try (Catalog otherDesk = Catalog.open(catalog.db().location(), false)) {
            BookEditing theirs = new BookEditing(otherDesk);
            EditedBook mineOpened = editing.open(emma).orElseThrow();
            EditedBook theirsOpened = theirs.open(emma).orElseThrow();
            theirs.saveOver(theirsOpened, with(theirsOpened.draft(), null, List.of(new ReadingRow("2020-01-01", "2020-02-01"))));
            BookDraft mine = with(mineOpened.draft(), List.of(new IdentifierRow("asin", "B000FC0SIM")), null);

            assertThatThrownBy(() -> editing.saveOver(mineOpened, mine)).isInstanceOfSatisfying(EditConflictException.class, e ->
                    assertThat(e.differences()).containsExactly(
                            new FieldDifference(BookField.IDENTIFIERS, "", "asin B000FC0SIM", false),
                            new FieldDifference(BookField.READINGS, "2020-01-01 to 2020-02-01", "", true)));
            assertThat(identifiersInCatalogue()).isEmpty();
            assertThat(readingsInCatalogue()).isEqualTo(1);
        }
    }
}
