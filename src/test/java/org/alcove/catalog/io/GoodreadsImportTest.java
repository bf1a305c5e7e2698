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

    @Test
    void rowOfThe24ColumnExportIsRead() throws IOException {
        assertThat(valid(read24(HUNGER_GAMES + "young-adult"))).containsExactly(new BookRecord(2,
                "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins",
                LocalDate.of(2008, 1, 1), "9780439023481", "FIC", 374));
    }

    @Test
    void rowOfThe31ColumnExportIsRead() throws IOException {
        Path file = TestFiles.write(dir, "goodreads.csv",
                GOODREADS_31 + "\n" + HUNGER_GAMES + "\"to-read, history\"" + TAIL_31 + "\n");
        assertThat(valid(readBooks(file, ImportFormat.GOODREADS))).containsExactly(new BookRecord(2,
                "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins",
                LocalDate.of(2008, 1, 1), "9780439023481", "HIS", 374));
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
    void originalPublicationYearIsPreferred() throws IOException {
        String row = HUNGER_GAMES.replace(",374,2008,2008,", ",374,2010,1998,");
        assertThat(valid(read24(row))).extracting(BookRecord::publicationDate)
                .containsExactly(LocalDate.of(1998, 1, 1));
    }

    @Test
    void missingYearsAreReported() throws IOException {
        String row = HUNGER_GAMES.replace(",374,2008,2008,", ",374,,,");
        assertThat(errors(read24(row))).extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(2L, "Year Published", "no publication year: neither "
                        + "'Original Publication Year' nor 'Year Published' is set"));
    }

    @Test
    void shelvesMapToGenres() throws IOException {
        assertThat(valid(read24(HUNGER_GAMES.replace("9780439023481", "9780441013593") + "nonfiction",
                HUNGER_GAMES + "\"sci-fi, science\"")))
                .extracting(BookRecord::genreCode).containsExactly("NON", "SCI");
    }

    @Test
    void badIsbn13IsReportedOnItsColumn() throws IOException {
        String row = HUNGER_GAMES.replace("9780439023481", "9780439023482");
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
