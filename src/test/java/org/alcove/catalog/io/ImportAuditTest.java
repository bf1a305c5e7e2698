package org.alcove.catalog.io;

import static org.alcove.catalog.io.TestFiles.readBooks;
import static org.alcove.catalog.io.TestFiles.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.ContributorRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bullets of the import issue (17) that no other test showed: each one here. */
class ImportAuditTest {

    @TempDir
    Path dir;

    private static final String GOODREADS_HEADER = ImportFormatTest.GOODREADS_24 + "\n";
    private static final String HUNGER_GAMES = "2767052,\"The Hunger Games (The Hunger Games, #1)\","
            + "Suzanne Collins,\"Collins, Suzanne\",,\"=\"\"0439023483\"\"\",\"=\"\"9780439023481\"\"\","
            + "4,4.33,Scholastic Press,Hardcover,374,2008,2008,2019/03/05,2018/12/01,,,read,,,,1,0\n";

    @Test
    void anInvalidIsbnColumnBesideAValidIsbn13TakesTheIsbn13() throws IOException {
        Path file = TestFiles.write(dir, "gr.csv", GOODREADS_HEADER + HUNGER_GAMES.replace("0439023483", "0439023484"));
        BookRecord b = valid(readBooks(file, ImportFormat.GOODREADS)).get(0);
        assertThat(b.isbn13()).isEqualTo("9780439023481");
        assertThat(b.details().warnings()).extracting(ImportWarning::field, ImportWarning::message).containsExactly(tuple("ISBN13",
                "ISBN: ISBN 0439023484 has a bad check digit (expected 3); used ISBN13 9780439023481")); // which was used, said
    }

    @Test
    void aSpreadsheetRoundedIsbnColumnIsLeftForTheValidIsbn13() throws IOException {
        Path file = TestFiles.write(dir, "gr.csv", GOODREADS_HEADER + HUNGER_GAMES.replace("\"=\"\"0439023483\"\"\"", "4.39023E+08"));
        BookRecord b = valid(readBooks(file, ImportFormat.GOODREADS)).get(0);
        assertThat(b.isbn13()).isEqualTo("9780439023481");
    }

    @Test
    void libraryThingSecondaryAuthorsKeepTheirRoles() throws IOException {
        String text = "Book Id\tTitle\tPrimary Author\tPrimary Author Role\tSecondary Author\tSecondary Author Roles\tDate\tISBN\n"
                + "7\tRayuela\tCortázar, Julio\tAuthor\tRabassa, Gregory|Doe, Jane\tTranslator|Illustrator\t1963\t\n";
        BookRecord b = valid(readBooks(TestFiles.write(dir, "lt.tsv", text), ImportFormat.LIBRARYTHING)).get(0);
        assertThat(b.authorName()).isEqualTo("Julio Cortázar");
        assertThat(b.details().credits()).extracting(BookDetails.Credit::name, BookDetails.Credit::role)
                .containsExactly(tuple("Gregory Rabassa", ContributorRole.TRANSLATOR), tuple("Jane Doe", ContributorRole.ILLUSTRATOR));
    }

    @Test
    void aFileWithCarriageReturnsOnlyIsReadLineByLine() throws IOException {
        Path file = TestFiles.write(dir, "mac.csv", "title,author,publication_date,isbn\rDune,Frank Herbert,1965,\r\"Two\rlines\",X,,\rLast,Y,,\r");
        try (CsvSource source = CsvSource.open(file)) {
            assertThat(source.header()).containsExactly("title", "author", "publication_date", "isbn");
            List<Long> lines = new java.util.ArrayList<>();
            for (Optional<SourceRow> r = source.next(); r.isPresent(); r = source.next()) {
                lines.add(r.get().line());
            }
            assertThat(lines).containsExactly(2L, 3L, 5L);
        }
    }
}
