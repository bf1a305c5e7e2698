package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.readAuthors;
import static org.alcove.catalog.io.TestFiles.readBooks;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportRoundTripTest {

    private static final BookRecord FORMULA = new BookRecord(0, "=HYPERLINK(\"http://x\",\"y\")",
            "@Author", LocalDate.of(2001, 9, 30), "9780441013593", "SCI", 12);

    @TempDir
    Path dir;

    private Path exportBooks(List<BookRecord> books) throws IOException {
        Path file = dir.resolve("export.csv");
        try (CsvBookWriter writer = CsvBookWriter.open(file)) {
            for (BookRecord book : books) {
                writer.write(book);
            }
        }
        return file;
    }

    @Test
    void exportWritesTheImportHeaderWithCrlfAndNoBom() throws IOException {
        byte[] bytes = Files.readAllBytes(exportBooks(List.of()));
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("title,author,publication_date,isbn,genre,pages\r\n");
    }

    @Test
    void formulaCellsAreNeutralisedWithAnApostrophe() throws IOException {
        String text = Files.readString(exportBooks(List.of(FORMULA)));
        assertThat(text.lines().skip(1)).containsExactly(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@Author,2001-09-30,9780441013593,SCI,12");
    }

    @Test
    void formulaLikeCellsRoundTripExactly() throws IOException {
        List<BookRecord> books = List.of(FORMULA,
                new BookRecord(0, "-ism", "+plus", LocalDate.of(1900, 1, 1), "9780141439518", "FIC", 0),
                new BookRecord(0, "'quoted", "'=both", LocalDate.of(1900, 1, 1), "9780141439686",
                        "HIS", 1),
                new BookRecord(0, "Line\r\nbreak, \"quotes\" and ünïcödé 📚", "Émile Zola",
                        LocalDate.of(1877, 1, 1), "9780140444308", "NON", 480));
        List<BookRecord> back = valid(readBooks(exportBooks(books), ImportFormat.BOOKS));
        assertThat(back).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .containsExactlyElementsOf(books);
    }

    @Test
    void lookAlikeAndHiddenFormulaStartsAreNeutralisedAndRoundTrip() throws IOException {
        List<String> titles = List.of("\uFF1DSUM(A1)", "\uFF0B1", "\uFF0D1", "\uFF20x", "\uFE661", "\u200B=1+1", "\uFEFF=1+1", ";cmd", "|cmd");
        List<BookRecord> books = new java.util.ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String twelve = String.format("9780141439%02d", i);
            books.add(new BookRecord(0, titles.get(i), "Ann", LocalDate.of(1900, 1, 1), twelve + checkDigit(twelve), "FIC", 1));
        }
        Path file = exportBooks(books);
        assertThat(Files.readString(file).lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("'"));
        assertThat(valid(readBooks(file, ImportFormat.BOOKS))).extracting(BookRecord::title).containsExactlyElementsOf(titles);
    }

    private static String checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return Integer.toString((10 - sum % 10) % 10);
    }

    @Test
    void authorsRoundTrip() throws IOException {
        List<AuthorRecord> authors = List.of(
                new AuthorRecord(0, "Honoré de Balzac", LocalDate.of(1799, 5, 20), "=1+1, \"really\""),
                new AuthorRecord(0, "Anonymous", null, ""));
        Path file = dir.resolve("authors.csv");
        try (CsvAuthorWriter writer = CsvAuthorWriter.open(file)) {
            for (AuthorRecord author : authors) {
                writer.write(author);
            }
        }
        assertThat(valid(readAuthors(file))).containsExactly(
                new AuthorRecord(2, "Honoré de Balzac", LocalDate.of(1799, 5, 20), "=1+1, \"really\""),
                new AuthorRecord(3, "Anonymous", null, ""));
    }
}
