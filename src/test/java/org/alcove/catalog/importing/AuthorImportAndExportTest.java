package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.export.ExportService;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorImportAndExportTest {

    @TempDir
    Path dir;

    ImportReport run(Catalog catalog, Path file, ImportFormat format) throws IOException {
        return new ImportService(catalog).run(file, format, ImportOptions.defaults(), ImportListener.NONE, () -> false);
    }

    @Test
    void authorsImportOnceAndBadOnesAreReported() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "name,birth_date,biography\n"
                + "Jane Austen,1775-12-16,\"English novelist,\nsix novels\"\n"
                + ",1900-01-01,no name\n"
                + "George Orwell,1903-13-01,\n"
                + "Émile Zola,,\n");
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            ImportReport first = run(catalog, file, ImportFormat.AUTHORS);
            assertThat(first.errors()).extracting(RowError::line, RowError::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "name"),
                            org.assertj.core.groups.Tuple.tuple(5L, "birth_date"));
            assertThat(first.imported()).isEqualTo(2);
            ImportReport again = run(catalog, file, ImportFormat.AUTHORS);
            assertThat(again.imported()).isZero();
            assertThat(again.matched()).isEqualTo(2);
            assertThat(catalog.authors().valuesListFlat("name", String.class).list())
                    .containsExactly("Jane Austen", "Émile Zola");
        }
    }

    @Test
    void anAuthorWrittenAnotherWayMatchesTheOneAlreadyThere() throws IOException {
        Path first = Files.writeString(dir.resolve("a.csv"), "name,birth_date,biography\nTamsyn Muir,,\nJ. R. R. Tolkien,,\n");
        Path second = Files.writeString(dir.resolve("b.csv"), "name,birth_date,biography\n\"Muir, Tamsyn\",,\nJ.R.R. Tolkien,,\nTAMSYN  MUIR,,\n");
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            assertThat(run(catalog, first, ImportFormat.AUTHORS).imported()).isEqualTo(2);
            ImportReport again = run(catalog, second, ImportFormat.AUTHORS);
            assertThat(again.imported()).isZero();
            assertThat(again.matched()).isEqualTo(3);
            assertThat(catalog.authors().count()).isEqualTo(2);
        }
    }

    @Test
    void exportThenImportRoundTripsExactly() throws IOException {
        String books = BookImportTest.HEADER
                + "=HYPERLINK(\"http://evil\"),@Mallory,2001-09-30,9780441013593,SCI,12\n"
                + "-ism,+Plus,1900-01-01,9780141439518,HIS,0\n"
                + "\"Line\r\nbreak, \"\"quotes\"\" ünïcödé\",Émile Zola,1877-01-01,9780140444308,NON,480\n";
        Path a = dir.resolve("a.alcove");
        Path b = dir.resolve("b.alcove");
        Path authorsCsv = dir.resolve("authors.csv");
        Path booksCsv = dir.resolve("books.csv");
        try (Catalog source = Catalog.open(a)) {
            run(source, Files.writeString(dir.resolve("authors-in.csv"),
                    "name,birth_date,biography\nÉmile Zola,1840-04-02,\"=1+1, \"\"really\"\"\"\n"), ImportFormat.AUTHORS);
            run(source, Files.writeString(dir.resolve("in.csv"), books), ImportFormat.BOOKS);
            ExportService export = new ExportService(source);
            assertThat(export.exportAuthors(authorsCsv)).isEqualTo(3);
            assertThat(export.exportBooks(booksCsv, Optional.empty())).isEqualTo(3);
        }
        assertThat(Files.readString(booksCsv)).contains("'=HYPERLINK(", ",'@Mallory,", "'-ism,'+Plus,");
        try (Catalog copy = Catalog.open(b)) {
            run(copy, authorsCsv, ImportFormat.AUTHORS);
            ImportReport report = run(copy, booksCsv, ImportFormat.BOOKS);
            assertThat(report.imported()).isEqualTo(3);
        }
        assertThat(dump(b)).isEqualTo(dump(a));
    }

    /** Every author and book, without ids, in a stable order. */
    static List<List<Object>> dump(Path file) {
        try (var db = org.alcove.orm.Database.open(file, CatalogModels.array())) {
            var authors = db.objects(org.alcove.catalog.Author.class).orderBy("name")
                    .valuesList("name", "birthDate", "biography").list();
            var books = db.objects(org.alcove.catalog.Book.class).orderBy("isbn")
                    .valuesList("title", "author__name", "publicationDate", "isbn", "genre", "pages").list();
            return java.util.stream.Stream.concat(authors.stream(), books.stream()).toList();
        }
    }
}
