package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alcove.catalog.SeededCatalogTest;
import org.alcove.catalog.browse.BookBrowser;
import org.alcove.catalog.io.ImportFormat;
import org.junit.jupiter.api.Test;

/**
 * An import of a file over a megabyte, which takes the bulk path (indexes and the search index
 * brought up to date once after the load), on either backend: in the build's PostgreSQL run it is
 * a shared catalogue's.
 */
class LargeImportTest extends SeededCatalogTest {
    static final int BOOKS = 15_000;

    @Test
    void aBooksFileOverAMegabyteIsImportedWholeAndSearchable() throws IOException {
        StringBuilder csv = new StringBuilder("title,author,publication_date,isbn,genre,pages\n");
        for (int i = 0; i < BOOKS; i++) {
            csv.append("Large import volume ").append(i).append(" of the collected letters and papers,Jane Austen,1900-01-01,,FIC,")
                    .append(100 + i % 300).append('\n');
        }
        Path file = Files.writeString(dir.resolve("books.csv"), csv);
        assertThat(Files.size(file)).isGreaterThan(1_000_000);

        ImportReport report = new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(), ImportListener.NONE, () -> false);

        assertThat(report.committed()).isTrue();
        assertThat(catalog.books().filter("title__startswith", "Large import volume").count()).isEqualTo(BOOKS);
        assertThat(new BookBrowser(catalog).count("14999")).isEqualTo(1);
        assertThat(new BookBrowser(catalog).count("collected")).isEqualTo(BOOKS);
    }
}
