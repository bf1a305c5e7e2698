package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.MissingColumnException;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookImportTest {

    static final String HEADER = "title,author,publication_date,isbn,genre,pages\n";
    /** One good row, then one row per kind of problem, then a good row; the header is line 1. */
    static final String CORPUS = HEADER
            + "Pride and Prejudice,Jane Austen,1813-01-28,9780141439518,FIC,432\n"   // 2 good
            + "Bad Checksum,Jane Austen,1813-01-28,9780141439519,FIC,100\n"          // 3 isbn
            + "Bad Date,Jane Austen,1813-02-30,9780141439587,FIC,100\n"              // 4 date
            + "Negative,Jane Austen,1813-01-28,9780141439686,FIC,-5\n"               // 5 pages
            + "Not Numeric,Jane Austen,1813-01-28,9780451524935,FIC,many\n"          // 6 pages
            + "Unknown Genre,Jane Austen,1813-01-28,9780156421171,XYZ,10\n"          // 7 good: a genre not known yet is made
            + "T" + "x".repeat(200) + ",Jane Austen,1813-01-28,9780547928227,FIC,1\n" // 8 too long
            + "Dup,Jane Austen,1813-01-28,9780141439518,FIC,1\n"                     // 9 dup in file
            + "\"Multi\nLine Title\",Émile Zola,1877-01-01,0441013597,NON,480\n";        // 10-11 good, ISBN-10

    @TempDir
    Path dir;
    Catalog catalog;

    @BeforeEach
    void open() {
        catalog = Catalog.open(dir.resolve("c.alcove"));
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    ImportReport importBooks(Path file, ImportOptions options) throws IOException {
        return new ImportService(catalog).run(file, ImportFormat.BOOKS, options, ImportListener.NONE, () -> false);
    }

    @Test
    void everyKindOfBadRowIsReportedWithItsLineAndField() throws IOException {
        ImportReport report = importBooks(write("b.csv", CORPUS), ImportOptions.defaults());
        assertThat(report.errors()).extracting(RowError::line, RowError::field).containsExactly(
                tuple(3L, "isbn"), tuple(4L, "publication_date"), tuple(5L, "pages"), tuple(6L, "pages"),
                tuple(8L, "title"), tuple(9L, "isbn"));
        assertThat(report.errors().get(5).message()).contains("duplicate ISBN", "line 2");
    }

    @Test
    void goodRowsAroundBadOnesAreImportedAndCommitted() throws IOException {
        ImportReport report = importBooks(write("b.csv", CORPUS), ImportOptions.defaults());
        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::imported, ImportReport::matched,
                ImportReport::rejected, ImportReport::authorsCreated, ImportReport::committed)
                .containsExactly(9L, 3L, 0L, 6L, 2L, true);
        assertThat(catalog.books().orderBy("id").valuesList("title", "isbn", "author__name", "genre__name").list()).containsExactly(
                List.of("Pride and Prejudice", "9780141439518", "Jane Austen", "Fiction"),
                List.of("Unknown Genre", "9780156421171", "Jane Austen", "XYZ"),
                List.of("Multi\nLine Title", "9780441013593", "Émile Zola", "Non-Fiction"));
        assertThat(catalog.genres().all().count()).isEqualTo(5);
    }

    @Test
    void abortModeLeavesTheCatalogueUnchanged() throws IOException {
        importBooks(write("first.csv", HEADER + "Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"),
                ImportOptions.defaults());
        ImportReport report = importBooks(write("b.csv", CORPUS),
                ImportOptions.defaults().withOnError(ImportOptions.OnError.ABORT));
        assertThat(report.committed()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(RowError::line).containsExactly(3L);
        assertThat(catalog.books().valuesListFlat("title", String.class).list()).containsExactly("Emma");
        assertThat(catalog.authors().count()).isEqualTo(1);
    }

    @Test
    void reImportingTheSameFileImportsNothingTwice() throws IOException {
        Path file = write("b.csv", CORPUS);
        importBooks(file, ImportOptions.defaults());
        ImportReport again = importBooks(file, ImportOptions.defaults());
        assertThat(again).extracting(ImportReport::imported, ImportReport::matched, ImportReport::rejected)
                .containsExactly(0L, 3L, 6L);
        assertThat(catalog.books().count()).isEqualTo(3);
        assertThat(catalog.genres().all().count()).isEqualTo(5); // XYZ made once
        assertThat(catalog.authors().count()).isEqualTo(2);
    }

    @Test
    void aBookAlreadyPresentUnderAnotherIsbnIsMatchedOnTitleAndAuthor() throws IOException {
        importBooks(write("a.csv", HEADER + "Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"),
                ImportOptions.defaults());
        ImportReport report = importBooks(write("b.csv", HEADER + "Emma,jane  austen,1815-12-23,9780451524935,FIC,474\n"),
                ImportOptions.defaults());
        assertThat(report.matched()).isEqualTo(1);
        assertThat(catalog.books().count()).isEqualTo(1);
    }

    @Test
    void anIsbnTheCatalogueHoldsForAnotherTitleIsRejectedAsDuplicate() throws IOException {
        importBooks(write("a.csv", HEADER + "Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"),
                ImportOptions.defaults());
        ImportReport report = importBooks(write("b.csv", HEADER + "Other,Jane Austen,1815-12-23,9780141439587,FIC,1\n"),
                ImportOptions.defaults());
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("isbn");
            assertThat(e.message()).contains("duplicate ISBN 9780141439587", "'Emma'");
        });
    }

    @Test
    void unknownAuthorsAreRejectedWhenAskedTo() throws IOException {
        ImportReport report = importBooks(write("b.csv", CORPUS),
                ImportOptions.defaults().withUnknownAuthors(ImportOptions.UnknownAuthors.REJECT));
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).filteredOn(e -> e.field().equals("author"))
                .extracting(RowError::line, RowError::message)
                .containsExactly(tuple(2L, "unknown author 'Jane Austen'"), tuple(7L, "unknown author 'Jane Austen'"),
                        tuple(10L, "unknown author 'Émile Zola'"));
    }

    @Test
    void aMissingColumnIsReportedBeforeAnyRowIsRead() throws IOException {
        Path file = write("b.csv", "title,author,isbn\nX,Y,9780141439518\n");
        assertThatThrownBy(() -> importBooks(file, ImportOptions.defaults()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("b.csv has no 'publication_date' column; found: title, author, isbn");
        assertThat(catalog.books().count()).isZero();
    }

    @Test
    void latin1AndBomFilesImportWithAccentsIntact() throws IOException {
        String row = HEADER + "Thérèse Raquin,Émile Zola,1867-01-01,9780140449440,FIC,256\n";
        Path latin1 = Files.write(dir.resolve("l.csv"), row.getBytes(StandardCharsets.ISO_8859_1));
        importBooks(latin1, ImportOptions.defaults());
        byte[] utf8 = row.replace("Thérèse Raquin", "L'Assommoir").replace("9780140449440", "9780199538683")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        importBooks(Files.write(dir.resolve("bom.csv"), bom), ImportOptions.defaults());
        assertThat(catalog.books().orderBy("id").valuesList("title", "author__name").list()).containsExactly(
                List.of("Thérèse Raquin", "Émile Zola"), List.of("L'Assommoir", "Émile Zola"));
        assertThat(catalog.authors().count()).isEqualTo(1);
    }

    @Test
    void semicolonAndCrlfFilesAreRead() throws IOException {
        ImportReport report = importBooks(write("s.csv",
                "title;author;publication_date;isbn;genre;pages\r\nEmma;Jane Austen;1815-12-23;9780141439587;FIC;474\r\n"),
                ImportOptions.defaults());
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void aCancelledImportLeavesTheCatalogueAsItWas() throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            b.append("Book ").append(i).append(",Author ").append(i).append(",2000-01-01,")
                    .append(BulkFiles.isbn13(i)).append(",FIC,1\n");
        }
        List<ImportProgress> seen = new ArrayList<>();
        ImportOptions small = ImportOptions.defaults().withBatchSize(10).withProgressEvery(10);
        ImportReport report = new ImportService(catalog).run(write("b.csv", b.toString()), ImportFormat.BOOKS, small,
                seen::add, () -> seen.size() >= 2);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.committed()).isFalse();
        assertThat(catalog.books().count()).isZero();
        assertThat(catalog.authors().count()).isZero();
        assertThat(seen.get(0).rowsRead()).isEqualTo(10);
        assertThat(seen.get(0).bytesRead()).isPositive();
    }

    @Test
    void aCancelStopsAFileWhoseRowsNeverFillABatch() throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        int rows = 20 * ReadAhead.CHUNK_ROWS;
        for (int i = 0; i < rows; i++) {
            b.append("Bad ").append(i).append(",Author,2000-01-01,9780000000000,FIC,1\n"); // bad check digit: rejected
        }
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        ImportReport report = new ImportService(catalog).run(write("bad.csv", b.toString()), ImportFormat.BOOKS,
                ImportOptions.defaults(), ImportListener.NONE, () -> polls.incrementAndGet() > 1); // cancelled after the first poll
        assertThat(report.cancelled()).isTrue();
        // stopped within a chunk or two of the cancel, not at the end of the file, though no batch ever filled
        assertThat(report.rowsRead()).isPositive().isLessThanOrEqualTo(2L * ReadAhead.CHUNK_ROWS);
    }

    @Test
    void progressEndsWithTheWholeFileRead() throws IOException {
        List<ImportProgress> seen = new ArrayList<>();
        Path file = write("b.csv", CORPUS);
        new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(), seen::add, () -> false);
        ImportProgress last = seen.get(seen.size() - 1);
        assertThat(last.rowsRead()).isEqualTo(9);
        assertThat(last.bytesRead()).isEqualTo(Files.size(file));
        assertThat(last.fraction()).isEqualTo(1.0);
    }

    @Test
    void aNoSuchFileIsAClearError() {
        assertThatThrownBy(() -> importBooks(dir.resolve("missing.csv"), ImportOptions.defaults()))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void aGoodreadsFileGivenAsBooksSaysWhatItLooksLike() throws IOException {
        Path file = write("goodreads.csv", "Book Id,Title,Author,Author l-f,ISBN,ISBN13,Year Published\n");
        assertThatThrownBy(() -> importBooks(file, ImportOptions.defaults()))
                .hasMessageContaining("looks like a Goodreads export");
    }

    @Test
    void importedBooksAreCheckedAsTheModelWould() throws IOException {
        importBooks(write("b.csv", CORPUS), ImportOptions.defaults());
        Book zola = catalog.books().get("isbn", "9780441013593");
        assertThat(zola.getPages()).isEqualTo(480);
        assertThat(zola.getGenre().getCode()).isEqualTo("NON");
    }
}
