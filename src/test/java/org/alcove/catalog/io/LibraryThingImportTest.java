package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.errors;
import static org.alcove.catalog.io.TestFiles.readBooks;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryThingImportTest {

    @TempDir
    Path dir;

    @Test
    void quotedUpperCaseTsvInLatin1WithBracketsIsRead() throws IOException {
        String text = "'TITLE'\t'AUTHOR (first, last)'\t'AUTHOR (last, first)'\t'DATE'\t'ISBNs'\t'PAGES'\r\n"
                + "Le Père Goriot\tHonoré de Balzac\tBalzac, Honoré de\t[1835]\t[2070409481]\t434\r\n";
        Path file = TestFiles.write(dir, "LibraryThing_export.tsv", text, StandardCharsets.ISO_8859_1);
        assertThat(valid(readBooks(file, ImportFormat.LIBRARYTHING))).containsExactly(new BookRecord(
                2, "Le Père Goriot", "Honoré de Balzac", LocalDate.of(1835, 1, 1), "9782070409488",
                "FIC", 434));
    }

    @Test
    void titleCaseHeaderIsRead() throws IOException {
        String text = "Book Id\tTitle\tPrimary Author\tDate\tISBN\tPage Count\tTags\n"
                + "1\tDune\tFrank Herbert\t1965\t[0441013597]\t412\tsf\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        assertThat(valid(readBooks(file, ImportFormat.LIBRARYTHING))).containsExactly(new BookRecord(
                2, "Dune", "Frank Herbert", LocalDate.of(1965, 1, 1), "9780441013593", "FIC", 412));
    }

    @Test
    void lastFirstAuthorIsTurnedRoundWhenItIsTheOnlyAuthorColumn() throws IOException {
        String text = "'TITLE'\t'AUTHOR (last, first)'\t'DATE'\t'ISBNs'\nDune\tHerbert, Frank\t1965\t\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        assertThat(valid(readBooks(file, ImportFormat.LIBRARYTHING)))
                .extracting(BookRecord::authorName, BookRecord::isbn13)
                .containsExactly(tuple("Frank Herbert", null));
    }

    @Test
    void firstIsbnOfTheListIsUsed() throws IOException {
        String text = "'TITLE'\t'AUTHOR (first, last)'\t'DATE'\t'ISBNs'\n"
                + "Dune\tFrank Herbert\t1965\t0441013597, 9780441172719\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        assertThat(valid(readBooks(file, ImportFormat.LIBRARYTHING)))
                .extracting(BookRecord::isbn13).containsExactly("9780441013593");
    }

    @Test
    void badBracketedDateIsReported() throws IOException {
        String text = "'TITLE'\t'AUTHOR (first, last)'\t'DATE'\t'ISBNs'\nDune\tFrank Herbert\t[c1965]\t\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        assertThat(errors(readBooks(file, ImportFormat.LIBRARYTHING)))
                .extracting(RowError::line, RowError::field, RowError::message)
                .containsExactly(tuple(2L, "'DATE'", "'DATE': '[c1965]' is not a date; use "
                        + "YYYY-MM-DD, YYYY/MM/DD or a year YYYY"));
    }
}
