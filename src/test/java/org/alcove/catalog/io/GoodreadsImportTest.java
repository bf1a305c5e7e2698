package org.alcove.catalog.io;

import static org.alcove.catalog.io.ImportFormatTest.GOODREADS_24;
import static org.alcove.catalog.io.ImportFormatTest.GOODREADS_31;
import static org.alcove.catalog.io.TestFiles.errors;
import static org.alcove.catalog.io.TestFiles.readBooks;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.ReadingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoodreadsImportTest {

    /** The first 17 columns, common to both vintages, up to Bookshelves. */
    private static final String HUNGER_GAMES = "2767052,\"The Hunger Games (The Hunger Games, #1)\","
            + "Suzanne Collins,\"Collins, Suzanne\",,\"=\"\"0439023483\"\"\",\"=\"\"9780439023481\"\"\","
            + "4,4.33,Scholastic Press,Hardcover,374,2008,2008,2019/03/05,2018/12/01,";
    private static final String TAIL_24 = ",,read,,,,1,0";
    private static final String TAIL_31 = ",,read,,,,1,,,0,,,,,";

    @TempDir
    Path dir;

    private List<RowResult<BookRecord>> read24(String... rows) throws IOException {
        StringBuilder text = new StringBuilder(GOODREADS_24).append("\r\n");
        for (String row : rows) {
            text.append(row).append(TAIL_24).append("\r\n");
        }
        return readBooks(TestFiles.write(dir, "goodreads_library_export.csv", text.toString()),
                ImportFormat.GOODREADS);
    }

    private List<RowResult<BookRecord>> read24Tail(String wholeRow) throws IOException {
        return readBooks(TestFiles.write(dir, "goodreads_library_export.csv", GOODREADS_24 + "\r\n" + wholeRow + "\r\n"),
                ImportFormat.GOODREADS);
    }

    private static BookRecord single(List<RowResult<BookRecord>> results) {
        assertThat(errors(results)).isEmpty();
        assertThat(valid(results)).hasSize(1);
        return valid(results).get(0);
    }

    @Test
    void rowOfThe24ColumnExportIsRead() throws IOException {
        BookRecord b = single(read24(HUNGER_GAMES + "young-adult"));
        assertThat(b).extracting(BookRecord::title, BookRecord::authorName, BookRecord::publicationDate,
                BookRecord::isbn13, BookRecord::genre, BookRecord::pages)
                .containsExactly("The Hunger Games", "Suzanne Collins", LocalDate.of(2008, 1, 1), "9780439023481", "FIC", 374);
        BookDetails d = b.details();
        assertThat(d.series()).isEqualTo("The Hunger Games");
        assertThat(d.seriesIndex()).isEqualByComparingTo("1");
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(d.firstPublished()).isEqualTo(2008);
        assertThat(d.status()).isEqualTo(ReadingStatus.READ);
        assertThat(d.rating()).isEqualByComparingTo("4");
        assertThat(d.publisher()).isEqualTo("Scholastic Press");
        assertThat(d.format()).isEqualTo("Hardcover");
        assertThat(d.tags()).containsExactly("young-adult");
        assertThat(d.identifiers()).containsExactly(new BookDetails.Id("isbn10", "0439023483"),
                new BookDetails.Id("goodreads", "2767052"));
        assertThat(d.readings()).containsExactly(new BookDetails.ReadDates(null, LocalDate.of(2019, 3, 5)));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void rowOfThe31ColumnExportIsRead() throws IOException {
        Path file = TestFiles.write(dir, "goodreads.csv",
                GOODREADS_31 + "\n" + HUNGER_GAMES + "\"to-read, history\"" + TAIL_31 + "\n");
        BookRecord b = single(readBooks(file, ImportFormat.GOODREADS));
        assertThat(b.genre()).isEqualTo("HIS");
        assertThat(b.details().tags()).containsExactly("to-read", "history");
        assertThat(b.title()).isEqualTo("The Hunger Games");
    }

    @Test
    void additionalAuthorsReadCountOwnedCopiesAndPrivateNotesAreKept() throws IOException {
        String row = HUNGER_GAMES.replace("\"Collins, Suzanne\",,", "\"Collins, Suzanne\",\"Anne Cazor, Jean Dupont\",");
        BookDetails d = single(read24Tail(row + ",,read,\"loved it\",,\"signed copy\",3,2")).details();
        assertThat(d.credits()).extracting(BookDetails.Credit::name, BookDetails.Credit::role)
                .containsExactly(tuple("Anne Cazor", ContributorRole.CONTRIBUTOR), tuple("Jean Dupont", ContributorRole.CONTRIBUTOR));
        assertThat(d.review()).isEqualTo("loved it");
        assertThat(d.notes()).isEqualTo("signed copy");
        assertThat(d.readings()).hasSize(3).first().isEqualTo(new BookDetails.ReadDates(null, LocalDate.of(2019, 3, 5)));
        assertThat(d.copies()).isEqualTo(2);
    }

    @Test
    void isbn10IsConvertedWhenIsbn13IsEmpty() throws IOException {
        String row = HUNGER_GAMES.replace("=\"\"9780439023481\"\"", "=\"\"\"\"");
        assertThat(valid(read24(row))).extracting(BookRecord::isbn13).containsExactly("9780439023481");
    }

    @Test
    void bookWithoutAnyIsbnIsAcceptedWithNone() throws IOException {
        String row = HUNGER_GAMES.replace("=\"\"9780439023481\"\"", "=\"\"\"\"")
                .replace("=\"\"0439023483\"\"", "=\"\"\"\"");
        assertThat(valid(read24(row))).extracting(BookRecord::isbn13).containsOnlyNulls().hasSize(1);
    }

    @Test
    void editionYearIsThePublicationDateAndTheOriginalYearIsKeptApart() throws IOException {
        String row = HUNGER_GAMES.replace(",374,2008,2008,", ",374,2010,1998,");
        BookRecord b = single(read24(row));
        assertThat(b.publicationDate()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(b.details().firstPublished()).isEqualTo(1998);
    }

    @Test
    void shortAndNegativeOriginalYearsAreKept() throws IOException {
        assertThat(valid(read24(HUNGER_GAMES.replace(",374,2008,2008,", ",374,2006,-700,"),
                HUNGER_GAMES.replace("9780439023481", "9780441013593").replace(",374,2008,2008,", ",374,2004,65,"))))
                .extracting(r -> r.details().firstPublished(), BookRecord::publicationDate)
                .containsExactly(tuple(-700, LocalDate.of(2006, 1, 1)), tuple(65, LocalDate.of(2004, 1, 1)));
    }

    @Test
    void aBookWithoutYearsIsImportedWithoutADate() throws IOException {
        String row = HUNGER_GAMES.replace(",374,2008,2008,", ",,,,");
        BookRecord b = single(read24(row));
        assertThat(b.publicationDate()).isNull();
        assertThat(b.details().firstPublished()).isNull();
        assertThat(b.pages()).isZero();
    }

    @Test
    void shelvesMapToGenresThroughTheMapping() throws IOException {
        assertThat(valid(read24(HUNGER_GAMES.replace("9780439023481", "9780441013593") + "nonfiction",
                HUNGER_GAMES.replace("9780439023481", "9780553380163") + "\"to-read, popular-science\"",
                HUNGER_GAMES + "\"sci-fi, science\"")))
                .extracting(BookRecord::genre).containsExactly("NON", "SCI", "FIC");
    }

    @Test
    void anInvalidIsbn13FallsBackToTheIsbnColumnWithAWarning() throws IOException {
        String row = HUNGER_GAMES.replace("9780439023481", "978043902348"); // 12 digits
        BookRecord b = single(read24(row));
        assertThat(b.isbn13()).isEqualTo("9780439023481");
        assertThat(b.details().warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("ISBN");
            assertThat(w.message()).startsWith("ISBN13: ").endsWith("; used ISBN 9780439023481");
        });
    }

    @Test
    void aSpreadsheetRoundedIsbn13IsRecoveredFromTheIsbnColumn() throws IOException {
        String row = HUNGER_GAMES.replace("\"=\"\"9780439023481\"\"\"", "9.78044E+12");
        BookRecord b = single(read24(row));
        assertThat(b.isbn13()).isEqualTo("9780439023481");
        assertThat(b.details().warnings()).singleElement().extracting(ImportWarning::message).asString()
                .contains("'9.78044E+12' is a number a spreadsheet rounded").endsWith("used ISBN 9780439023481");
    }

    @Test
    void aBadIsbnWithNoValidOneBesideItIsReportedOnItsColumn() throws IOException {
        String row = HUNGER_GAMES.replace("9780439023481", "9780439023482").replace("=\"\"0439023483\"\"", "=\"\"\"\"");
        assertThat(errors(read24(row))).extracting(RowError::field, RowError::message)
                .containsExactly(tuple("ISBN13",
                        "ISBN 9780439023482 has a bad check digit (expected 1)"));
    }

    @Test
    void missingTitleColumnIsReported() {
        Path file = TestFiles.write(dir, "gr.csv", GOODREADS_24.replace(",Title,", ",Name,") + "\n");
        assertThatThrownBy(() -> BookCsvReader.open(file, ImportFormat.GOODREADS))
                .isInstanceOf(MissingColumnException.class)
                .hasMessageStartingWith("gr.csv has no 'Title' column; found: Book Id, Name, Author,");
    }
}
