package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.cores;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookCsvReaderTest {

    private static final String HEADER = "title,author,publication_date,isbn,genre,pages\n";
    private static final String DUNE = "Dune,Frank Herbert,1965-08-01,9780441013593,FIC,412\n";

    @TempDir
    Path dir;

    private List<RowResult<BookRecord>> read(String rows) throws IOException {
        return readBooks(TestFiles.write(dir, "books.csv", HEADER + rows), ImportFormat.BOOKS);
    }

    private List<RowError> errorsOf(String badRow) throws IOException {
        return errors(read(DUNE + badRow));
    }

    @Test
    void validRowBecomesABookRecord() throws IOException {
        assertThat(read(DUNE)).containsExactly(new RowResult.Valid<>(2, new BookRecord(2, "Dune",
                "Frank Herbert", LocalDate.of(1965, 8, 1), "9780441013593", "FIC", 412)));
    }

    @Test
    void badIsbnChecksumIsReportedWithLineAndField() throws IOException {
        assertThat(errorsOf("Emma,Jane Austen,1815-12-23,9780141439519,FIC,474\n")).containsExactly(
                new RowError(3, "isbn", "ISBN 9780141439519 has a bad check digit (expected 8)",
                        "Emma,Jane Austen,1815-12-23,9780141439519,FIC,474"));
    }

    @Test
    void isbn10IsStoredAsIsbn13() throws IOException {
        assertThat(valid(read("Dune,Frank Herbert,1965,0441013597,,\n")))
                .extracting(BookRecord::isbn13).containsExactly("9780441013593");
    }

    @Test
    void aBookWithoutIsbnDateOrPagesIsReadWithNone() throws IOException {
        Path file = TestFiles.write(dir, "books.csv", "title,author,publication_date,isbn,genre,pages\n"
                + "The Odyssey,Homer,,,FIC,\n");
        assertThat(cores(readBooks(file, ImportFormat.BOOKS)))
                .containsExactly(new BookRecord(2, "The Odyssey", "Homer", null, null, "FIC", 0));
    }

    @Test
    void impossibleDateIsReported() throws IOException {
        assertThat(errorsOf("Emma,Jane Austen,2023-02-30,9780141439518,FIC,474\n"))
                .extracting(RowError::field, RowError::message)
                .containsExactly(tuple("publication_date",
                        "publication_date: '2023-02-30' is not a real date"));
    }

    @Test
    void negativePagesAreReported() throws IOException {
        assertThat(errorsOf("Emma,Jane Austen,1815,9780141439518,FIC,-3\n"))
                .extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(3L, "pages",
                        "pages must be 0 or more, got -3"));
    }

    @Test
    void nonNumericPagesAreReported() throws IOException {
        assertThat(errorsOf("Emma,Jane Austen,1815,9780141439518,FIC,many\n"))
                .extracting(RowError::field, RowError::message)
                .containsExactly(tuple("pages",
                        "pages 'many' is not a whole number"));
    }

    @Test
    void aGenreNoCatalogueHasYetIsReadAsItsName() throws IOException {
        assertThat(errorsOf("Emma,Jane Austen,1815,9780141439518,Poetry,474\n")).isEmpty();
        assertThat(valid(read("Emma,Jane Austen,1815,9780141439518, Poetry ,474\n"))).extracting(BookRecord::genre).containsExactly("Poetry");
    }

    @Test
    void genreLabelsAndBlankAreAccepted() throws IOException {
        assertThat(valid(read("A,X,2000,9780441013593,non-fiction,1\nB,X,2000,9780141439518,,1\n"
                + "C,X,2000,9780439023481,Non Fiction,1\n")))
                .extracting(BookRecord::genre).containsExactly("non-fiction", "", "Non Fiction"); // found by name when saved; blank: none
    }

    @Test
    void aControlCharacterInATitleRejectsTheRowSayingWhere() throws IOException {
        assertThat(errorsOf("Em\u0000ma,Jane Austen,1815-12-23,,FIC,474\n")).extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(3L, "title", "title holds the control character U+0000 at character 3; remove it from the file and import the row again"));
        assertThat(errorsOf("Emma,Jane\u001bAusten,1815-12-23,,FIC,474\n")).extracting(RowError::field, RowError::message)
                .containsExactly(tuple("author", "author holds the control character U+001B at character 5; remove it from the file and import the row again"));
    }

    @Test
    void aControlCharacterInAGoodreadsTitleRejectsTheRow() throws IOException {
        Path file = TestFiles.write(dir, "goodreads.csv", "Book Id,Title,Author,ISBN,ISBN13,Year Published,Number of Pages\n"
                + "1,Dune\u0007,Frank Herbert,,,1965,412\n");
        assertThat(errors(readBooks(file, ImportFormat.GOODREADS))).extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(2L, "Title", "Title holds the control character U+0007 at character 5; remove it from the file and import the row again"));
    }

    @Test
    void tooLongTitleIsReportedWithItsLength() throws IOException {
        assertThat(errorsOf("x".repeat(201) + ",Jane Austen,1815,9780141439518,FIC,1\n"))
                .extracting(RowError::field, RowError::message)
                .containsExactly(tuple("title",
                        "title is 201 characters long; the most is 200"));
    }

    @Test
    void everyProblemOfARowIsReported() throws IOException {
        assertThat(errorsOf(",,1815-13-01,123,Poetry,-1\n")).extracting(RowError::field)
                .containsExactlyInAnyOrder("title", "author", "publication_date", "isbn", "pages");
    }

    @Test
    void duplicateIsbnRejectsTheLaterLine() throws IOException {
        assertThat(errorsOf("Dune again,Frank Herbert,1965,0441013597,FIC,1\n"))
                .extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(3L, "isbn",
                        "duplicate ISBN 9780441013593 (first seen on line 2)"));
    }

    @Test
    void goodRowsAroundBadOnesSurvive() throws IOException {
        List<RowResult<BookRecord>> results = read(DUNE
                + "Emma,Jane Austen,1815,9780141439519,FIC,474\n"
                + "Persuasion,Jane Austen,1817,9780141439686,FIC,249\n");
        assertThat(results).extracting(RowResult::line).containsExactly(2L, 3L, 4L);
        assertThat(valid(results)).extracting(BookRecord::title).containsExactly("Dune", "Persuasion");
    }

    @Test
    void quotedNewlineBeforeABadRowKeepsItsPhysicalLine() throws IOException {
        List<RowError> errors = errorsOf("\"The\nLong\nTitle\",A,2000,9780141439518,FIC,1\n"
                + "Bad,A,2000,9780141439519,FIC,1\n");
        assertThat(errors).extracting(RowError::line).containsExactly(6L);
    }

    @Test
    void aQuoteNeverClosedThatSwallowsRowsIsReportedWithTheirLines() throws IOException {
        List<RowResult<BookRecord>> results = read(DUNE
                + "\"Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"
                + "1984,George Orwell,1949-06-08,9780451524935,SCI,328\n"
                + "Persuasion,Jane Austen,1817-12-20,9780141439686,FIC,249\n"
                + "\"Hobbit\",J Tolkien,1937-09-21,9780547928227,FIC,310\n");
        assertThat(valid(results)).hasSize(2).last().satisfies(b -> assertThat(b.details().warnings()).containsExactly(new ImportWarning(3, "row",
                "the quoted value starting on line 3 runs on to line 6 over lines 4–5, which look like rows of their own; "
                        + "is a closing '\"' missing? They were read as part of this value, not as rows")));
    }

    @Test
    void aQuoteNeverClosedUntilTheEndRejectsTheRowNamingTheSwallowedLine() throws IOException {
        assertThat(errorsOf("\"Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n1984,George Orwell,1949-06-08,9780451524935,SCI,328\n"))
                .extracting(RowError::line, RowError::field, RowError::message).contains(tuple(3L, "row",
                        "the quoted value starting on line 3 runs on to line 4 over line 4, which looks like a row of its own; "
                                + "is a closing '\"' missing? They were read as part of this value, not as rows"));
    }

    @Test
    void multiLineTextWithoutRowsInsideIsNotWarnedAbout() throws IOException {
        assertThat(valid(read("\"The\nLong, long\nTitle\",A,2000,9780141439518,FIC,1\n"))).singleElement()
                .satisfies(b -> assertThat(b.details().warnings()).isEmpty());
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() throws IOException {
        Path file = TestFiles.write(dir, "books.csv",
                " Pages ,ISBN,Extra,Author,Title,Publication_Date\r\n7,0441013597,?,F,Dune,1965\r\n");
        List<RowResult<BookRecord>> rows = readBooks(file, ImportFormat.BOOKS);
        assertThat(cores(rows)).containsExactly(new BookRecord(2,
                "Dune", "F", LocalDate.of(1965, 1, 1), "9780441013593", "", 7)); // no genre column: none
        assertThat(valid(rows).get(0).details().precision()).isEqualTo(org.alcove.catalog.DatePrecision.YEAR);
    }

    @Test
    void missingColumnIsReportedBeforeAnyRow() {
        Path file = TestFiles.write(dir, "books.csv", "title,author,publication_date\nDune,F,1965\n");
        assertThatThrownBy(() -> BookCsvReader.open(file, ImportFormat.BOOKS))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("books.csv has no 'isbn' column; found: title, author, publication_date");
    }

    @Test
    void rowWithMoreValuesThanColumnsIsRejected() throws IOException {
        assertThat(errorsOf("Dune, Messiah,Frank Herbert,1969,9780441172696,FIC,1\n"))
                .extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(3L, "row", "row has 7 values "
                        + "but the header has 6 columns; does a value with a ',' lack quotes?"));
    }

    @Test
    void formatIsDetectedFromTheHeader() throws IOException {
        Path file = TestFiles.write(dir, "books.csv", HEADER + DUNE);
        try (BookCsvReader reader = BookCsvReader.open(file)) {
            assertThat(reader.format()).isEqualTo(ImportFormat.BOOKS);
        }
    }

    @Test
    void authorsFileIsNotABooksFile() {
        Path file = TestFiles.write(dir, "authors.csv", "name,biography\nX,Y\n");
        assertThatThrownBy(() -> BookCsvReader.open(file)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("authors.csv is in no format Alcove recognises; its header is: name, biography. "
                        + "Alcove reads alcove (title,authors,...,copies as export-books writes it, or title,author,publication_date,isbn,genre,pages), authors");
    }
}
