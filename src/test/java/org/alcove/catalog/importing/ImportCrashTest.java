package org.alcove.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCrashTest {

    @TempDir
    Path dir;

    @Test
    void killingTheJvmMidImportLeavesTheCatalogueAsItWas() throws Exception {
        Path db = dir.resolve("c.alcove");
        Path small = BulkFiles.books(dir.resolve("small.csv"), 10, 3);
        try (Catalog catalog = Catalog.open(db)) {
            new ImportService(catalog).run(small, ImportFormat.BOOKS, ImportOptions.defaults(), ImportListener.NONE,
                    () -> false);
        }
        Path big = Files.createFile(dir.resolve("big.csv"));
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("title,author,publication_date,isbn,genre,pages\n");
            for (int i = 1000; i < 201_000; i++) {
                w.write("Big " + i + ",Crash Author " + (i % 5000) + ",1999-01-01," + BulkFiles.isbn13(i) + ",FIC,1\n");
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                db.toString(), big.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("started"));
            assertThat(line).as("the child started importing").isEqualTo("started");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Catalog catalog = Catalog.open(db)) {
            assertThat(catalog.books().count()).isEqualTo(10);
            assertThat(catalog.authors().count()).isEqualTo(3);
            assertThat(catalog.db().query("PRAGMA integrity_check", List.of(), rs -> rs.getString(1)))
                    .containsExactly("ok");
        }
    }
}
