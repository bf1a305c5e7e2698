package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.FullBookCsv;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import service reads a full books CSV (as the window's import does), reporting, aborting and cancelling as for any file. */
class FullCsvImportTest {
    private static final String HEADER = String.join(",", FullBookCsv.HEADER);

    @TempDir
    Path dir;

    private Path file(String... rows) throws IOException {
        return Files.writeString(dir.resolve("books.csv"), HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
    }

    private static String row(String title, String authors, String readDates, String copies) {
        return title + "," + authors + ",,,,,,,,,,,,,,,,,," + readDates + "," + copies + ",";
    }

    @Test
    void badRowsGoToTheListenerInLineOrderAndTheGoodOnesIn() throws IOException {
        Path file = file(row("Good", "Ann Leckie", "2020-01-01/", "A1 | Shelf"), row("No dates", "X", "2020-01-01", ""),
                row("Too many", "X", "", "a|b|c|d|e|f|g"), row("Bad id", "X", "", "").replace("Bad id,X,,,,,", "Bad id,X,,,,nocolon,"),
                row("", "X", "", ""), row("Bad role", "\"Y; Z (conductor)\"", "", ""));
        List<RowError> heard = new ArrayList<>();
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            ImportReport r = new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(), new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                }

                @Override
                public void rejected(RowError error) {
                    heard.add(error);
                }
            }, () -> false);
            assertThat(r.committed()).isTrue();
            assertThat(r.imported()).isEqualTo(2); // "Bad role": "Z (conductor)" is a name, as the role is none Alcove knows
            assertThat(heard).isEqualTo(r.errors());
            assertThat(r.errors()).extracting(RowError::line, RowError::field).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3L, "read_dates"), org.assertj.core.groups.Tuple.tuple(4L, "copies"),
                    org.assertj.core.groups.Tuple.tuple(5L, "identifiers"), org.assertj.core.groups.Tuple.tuple(6L, "title"));
            assertThat(catalog.books().valuesListFlat("title", String.class).list()).containsExactlyInAnyOrder("Good", "Bad role");
            assertThat(catalog.authors().valuesListFlat("name", String.class).list()).contains("Z (conductor)");
        }
    }

    @Test
    void abortOnErrorImportsNothing() throws IOException {
        Path file = file(row("Good", "Ann Leckie", "", ""), row("Bad", "X", "nodate", ""));
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            ImportReport r = new ImportService(catalog).run(file, ImportFormat.BOOKS,
                    ImportOptions.defaults().withOnError(ImportOptions.OnError.ABORT), ImportListener.NONE, () -> false);
            assertThat(r.committed()).isFalse();
            assertThat(catalog.books().exists()).isFalse();
            assertThat(catalog.authors().exists()).isFalse();
        }
    }

    @Test
    void aCancelLeavesTheCatalogueAsItWas() throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(row("Book " + i, "Author " + i, "", ""));
        }
        Path file = file(rows.toArray(String[]::new));
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            ImportReport r = new ImportService(catalog).run(file, ImportFormat.BOOKS, ImportOptions.defaults(), ImportListener.NONE, () -> true);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.committed()).isFalse();
            assertThat(catalog.books().exists()).isFalse();
        }
    }
}
