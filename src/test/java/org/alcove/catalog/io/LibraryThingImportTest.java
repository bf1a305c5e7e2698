package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.cores;
import static org.alcove.catalog.io.TestFiles.errors;
import static org.alcove.catalog.io.TestFiles.readBooks;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.List;

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
        List<RowResult<BookRecord>> rows = readBooks(file, ImportFormat.LIBRARYTHING);
        assertThat(cores(rows)).containsExactly(new BookRecord(
                2, "Le Père Goriot", "Honoré de Balzac", LocalDate.of(1835, 1, 1), "9782070409488",
                "", 434)); // no tag, subject or Dewey number: no genre
        assertThat(valid(rows).get(0).details().warnings()).extracting(ImportWarning::line, ImportWarning::message)
                .containsExactly(tuple(2L, "bytes that are not UTF-8 were read as Windows-1252"));
    }

    @Test
    void titleCaseHeaderIsRead() throws IOException {
        String text = "Book Id\tTitle\tPrimary Author\tDate\tISBN\tPage Count\tTags\n"
                + "1\tDune\tFrank Herbert\t1965\t[0441013597]\t412\tsf\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        List<RowResult<BookRecord>> rows = readBooks(file, ImportFormat.LIBRARYTHING);
        assertThat(cores(rows)).containsExactly(new BookRecord(
                2, "Dune", "Frank Herbert", LocalDate.of(1965, 1, 1), "9780441013593", "FIC", 412));
        assertThat(valid(rows).get(0).details().tags()).containsExactly("sf");
        assertThat(valid(rows).get(0).details().identifiers()).contains(new BookDetails.Id("librarything", "1"));
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
    void aCopyrightYearIsReadAndABadDateIsAWarningNotARejection() throws IOException {
        String text = "'TITLE'\t'AUTHOR (first, last)'\t'DATE'\t'ISBNs'\nDune\tFrank Herbert\t[c1965]\t\n"
                + "Emma\tJane Austen\t[nineteenth century]\t\n";
        Path file = TestFiles.write(dir, "lt.tsv", text);
        List<RowResult<BookRecord>> rows = readBooks(file, ImportFormat.LIBRARYTHING);
        assertThat(errors(rows)).isEmpty();
        assertThat(valid(rows)).extracting(BookRecord::publicationDate).containsExactly(LocalDate.of(1965, 1, 1), null);
        assertThat(valid(rows).get(1).details().warnings()).extracting(ImportWarning::line, ImportWarning::field, ImportWarning::message)
                .containsExactly(tuple(3L, "'DATE'", "'DATE': '[nineteenth century]' is not a date; use "
                        + "YYYY-MM-DD, YYYY/MM/DD, YYYY-MM or a year YYYY; imported without it"));
    }

    @Test
    void aRealExportWithOneStrayInvalidByteKeepsEveryOtherAccent() throws IOException {
        Path file = RealExports.copy(dir, "librarything.tsv");
        List<RowResult<BookRecord>> rows = readBooks(file, ImportFormat.LIBRARYTHING);
        assertThat(errors(rows)).isEmpty();
        assertThat(valid(rows)).extracting(BookRecord::authorName)
                .containsExactly("Julio Cortazar", "Jacques Roubaud", "Mikhaïl Boulgakov");
        BookRecord marelle = valid(rows).get(0);
        assertThat(marelle.details().warnings()).extracting(ImportWarning::line).containsExactly(2L);
        assertThat(valid(rows).get(2).details().warnings()).isEmpty();
        assertThat(valid(rows).get(1).title()).isEqualTo("Le grand incendie de Londres: Récit, avec incises et bifurcations, "
                + "1985-1987 (Fiction & Cie)");
        assertThat(marelle.isbn13()).isEqualTo("9782070291342");
        assertThat(marelle.details().tags()).containsExactly("roman", "espagnol", "expérimental", "bohème", "philosophie");
        assertThat(marelle.details().readings()).containsExactly(
                new BookDetails.ReadDates(LocalDate.of(2007, 4, 16), LocalDate.of(2007, 5, 8)));
        assertThat(marelle.details()).extracting(BookDetails::publisher, BookDetails::format, BookDetails::language,
                BookDetails::callNumber, BookDetails::copies, BookDetails::review)
                .containsExactly("Gallimard", "Broché", "French", "863", 1, "chef d'oeuvre");
        assertThat(marelle.details().rating()).isEqualByComparingTo("4.5");
        assertThat(valid(rows)).extracting(BookRecord::genre).containsExactly("FIC", "FIC", "FIC"); // Dewey 863, 813, 891.73
    }
}
