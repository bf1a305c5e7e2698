package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goodreads and LibraryThing exports through the import service into a real catalogue, and the preview. */
class ForeignExportImportTest {
    static final String GOODREADS_HEADER = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,"
            + "ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,"
            + "Original Publication Year,Date Read,Date Added,Bookshelves,"
            + "Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies\r\n";

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

    private ImportReport run(Path file, ImportFormat format) throws IOException {
        return new ImportService(catalog).run(file, format, ImportOptions.defaults(), ImportListener.NONE, () -> false);
    }

    @Test
    void goodreadsExportImportsWithUnwrappedIsbnsOriginalYearsAndShelves() throws IOException {
        Path file = Files.writeString(dir.resolve("goodreads_library_export.csv"), GOODREADS_HEADER
                + "1,Dune,Frank Herbert,\"Herbert, Frank\",,\"=\"\"0441013597\"\"\",\"=\"\"9780441013593\"\"\",5,4.2,Ace,"
                + "Paperback,412,2005,1965,,2020/01/01,,,read,,,,1,0\r\n"
                + "2,A Brief History of Time,Stephen Hawking,\"Hawking, Stephen\",,\"=\"\"\"\"\",\"=\"\"9780553380163\"\"\",4,4.1,"
                + "Bantam,Paperback,212,1998,1988,,2020/01/02,science,science (#1),read,,,,1,0\r\n"
                + "3,No Isbn Here,Nobody,\"Nobody, \",,\"=\"\"\"\"\",\"=\"\"\"\"\",3,3.0,X,Paperback,100,2001,2001,,2020/01/03,,,read,,,,1,0\r\n");

        ImportReport report = run(file, ImportFormat.GOODREADS);

        assertThat(report.committed()).isTrue();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejected()).isZero();
        assertThat(catalog.books().get("title", "No Isbn Here").getIsbn()).as("a book without ISBN is imported").isNull();
        Book dune = catalog.books().get("isbn", "9780441013593");
        assertThat(dune.getPublicationDate()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(dune.getFirstPublished()).isEqualTo(1965);
        assertThat(dune.getPages()).isEqualTo(412);
        assertThat(catalog.books().get("isbn", "9780553380163").getGenre()).isEqualTo(SeedGenres.sci());
        assertThat(run(file, ImportFormat.GOODREADS).matched()).isEqualTo(3);
    }

    @Test
    void libraryThingLatin1TsvImportsWithAccentsIntact() throws IOException {
        String text = "'TITLE'\t'AUTHOR (first, last)'\t'AUTHOR (last, first)'\t'DATE'\t'ISBNs'\t'PAGES'\r\n"
                + "Le Père Goriot\tHonoré de Balzac\tBalzac, Honoré de\t[1835]\t[2070409481]\t434\r\n";
        Path file = Files.write(dir.resolve("LibraryThing_export.tsv"), text.getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = run(file, ImportFormat.LIBRARYTHING);

        assertThat(report.imported()).isEqualTo(1);
        Book goriot = catalog.books().selectRelated("author").get("isbn", "9782070409488");
        assertThat(goriot.getTitle()).isEqualTo("Le Père Goriot");
        assertThat(goriot.getAuthor().getName()).isEqualTo("Honoré de Balzac");
    }

    @Test
    void problemsFoundAgainstTheCatalogueNameTheFilesOwnColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("LibraryThing_export.tsv"), "Title\tPrimary Author\tDate\tISBN\tPage Count\n"
                + "Dune\tFrank Herbert\t1965\t9780441013593\t412\n"
                + "Untraced\tFrank Herbert\t1970\t\t100\n");

        ImportReport report = new ImportService(catalog).run(file, ImportFormat.LIBRARYTHING,
                ImportOptions.defaults().withUnknownAuthors(ImportOptions.UnknownAuthors.REJECT), ImportListener.NONE, () -> false);

        assertThat(report.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2L, "Primary Author"),
                        tuple(3L, "Primary Author"));
    }

    @Test
    void previewShowsTheHeaderTheFirstRowsAndTheGuessedFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("books.csv"), "title,author,publication_date,isbn,genre,pages\n"
                + "Emma,Jane Austen,1815-12-23,9780141439587,FIC,474\n"
                + "Persuasion,Jane Austen,1817-12-20,9780141439686,FIC,249\n"
                + "1984,George Orwell,1949-06-08,9780451524935,FIC,328\n");

        ImportPreview preview = ImportService.preview(file, 2);

        assertThat(preview.header()).containsExactly("title", "author", "publication_date", "isbn", "genre", "pages");
        assertThat(preview.rows()).hasSize(2).first().satisfies(row -> assertThat(row).startsWith("Emma", "Jane Austen"));
        assertThat(preview.format()).isEqualTo(Optional.of(ImportFormat.BOOKS));
        assertThat(preview.delimiter()).isEqualTo(',');
    }
}
