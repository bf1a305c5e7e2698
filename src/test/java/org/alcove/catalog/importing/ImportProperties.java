package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.ImportFileException;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowError;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Random books files: no unexpected exception, and every row imported, matched or reported. */
class ImportProperties {

    Path dir;

    @BeforeProperty
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("alcove-props");
    }

    @AfterProperty
    void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void everyRowIsImportedMatchedOrReported(@ForAll("rows") List<String> rows) throws IOException {
        Path file = Files.writeString(dir.resolve("b.csv"),
                "title,author,publication_date,isbn,genre,pages\n" + String.join("\n", rows) + "\n");
        try (Catalog catalog = Catalog.open(dir.resolve("c" + System.nanoTime() + ".alcove"))) {
            ImportReport report = new ImportService(catalog).run(file, ImportFormat.BOOKS,
                    ImportOptions.defaults().withBatchSize(7), ImportListener.NONE, () -> false);
            assertThat(report.imported() + report.matched() + report.rejected()).isEqualTo(report.rowsRead());
            assertThat(report.errors().stream().map(RowError::line).distinct().count()).isEqualTo(report.rejected());
            assertThat(catalog.books().count()).isEqualTo(report.imported());
        }
    }

    @Property(tries = 60)
    void randomBytesNeverThrowAnUnexpectedException(@ForAll byte[] bytes) throws IOException {
        byte[] header = "title,author,publication_date,isbn,genre,pages\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + bytes.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(bytes, 0, all, header.length, bytes.length);
        Path file = Files.write(dir.resolve("r.csv"), all);
        try (Catalog catalog = Catalog.open(dir.resolve("r" + System.nanoTime() + ".alcove"))) {
            try {
                ImportReport report = new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(),
                        ImportListener.NONE, () -> false);
                assertThat(report.imported() + report.matched() + report.rejected()).isEqualTo(report.rowsRead());
            } catch (ImportFileException expected) {
                assertThat(expected.getMessage()).contains("r.csv");
            }
        }
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> title = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("Emma", "=SUM(A1)", "\"quoted, title\"", ""));
        Arbitrary<String> author = Arbitraries.of("Jane Austen", "jane austen", "Émile Zola", "", "x".repeat(120));
        Arbitrary<String> date = Arbitraries.of("1815-12-23", "1815", "2001-02-30", "soon", "");
        Arbitrary<String> isbn = Arbitraries.of("9780141439587", "0441013597", "9780141439588", "", "978014143958X",
                "9780451524935");
        Arbitrary<String> genre = Arbitraries.of("FIC", "sci", "Science", "XYZ", "");
        Arbitrary<String> pages = Arbitraries.of("0", "10", "-1", "many", "", "99999999999");
        Arbitrary<String> row = Combinators.combine(title, author, date, isbn, genre, pages)
                .as((t, a, d, i, g, p) -> String.join(",", t, a, d, i, g, p));
        return row.list().ofMaxSize(25);
    }
}
