package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Failures;
import org.alcove.catalog.importing.BulkFiles;
import org.alcove.catalog.importing.ImportListener;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a write: the user gets one sentence saying so, no stack trace, and
 * the catalogue is as it was. On a real small file system (a 3 MB tmpfs) where the platform lets
 * the test mount one (Linux, as root), and everywhere through SQLite's own size limit
 * ({@code PRAGMA max_page_count}), which makes SQLite report the disk full (SQLITE_FULL) as ENOSPC does.
 */
class DiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void anImportOntoAFullFileSystemSaysSoInOneLineAndLeavesTheCatalogueAsItWas() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        mountSmallFileSystem(small, "3m");
        try {
            CatalogFixture.seeded(small).close();
            Path db = small.resolve("catalog.alcove");
            CatalogueState before = CatalogueState.of(db);
            Path csv = BulkFiles.books(tmp.resolve("books.csv"), 30_000, 1_000);

            CliRun full = CliRun.run("--db", db.toString(), "import-books", csv.toString());

            assertThat(full.code()).as(full.out()).isEqualTo(2);
            assertOneSentenceOfAFullDisk(full.err().strip().replaceFirst("^alcove: ", ""));
            assertThat(full.err()).startsWith("alcove: ").hasLineCount(1);
            CatalogueState.assertSoundAndOneOf(db, before);
        } finally {
            unmount(small);
        }
    }

    @Test
    void anImportPastSqlitesSizeLimitSaysTheDiskIsFullAndLeavesTheCatalogueAsItWas() throws Exception {
        CatalogFixture.seeded(tmp).close();
        Path db = tmp.resolve("catalog.alcove");
        CatalogueState before = CatalogueState.of(db);
        Path csv = BulkFiles.books(tmp.resolve("books.csv"), 5_000, 500);
        Throwable failure;
        try (Catalog catalog = Catalog.open(db)) {
            long pages = catalog.db().query("PRAGMA page_count", List.of(), rs -> rs.getLong(1)).get(0);
            catalog.db().query("PRAGMA max_page_count = " + (pages + 20), List.of(), rs -> rs.getLong(1));
            failure = catchThrowable(() -> new ImportService(catalog).run(csv, ImportFormat.BOOKS, ImportOptions.defaults(),
                    ImportListener.NONE, () -> false));
        }
        assertThat(failure).isNotNull();
        assertOneSentenceOfAFullDisk(Failures.oneLine(failure));
        CatalogueState.assertSoundAndOneOf(db, before);
    }

    private static void assertOneSentenceOfAFullDisk(String message) {
        assertThat(message).as("what the user reads").containsIgnoringCase("disk is full").doesNotContain("INSERT", "SQLITE_", "Exception", "\tat ")
                .hasLineCount(1);
    }

    /** Mounts a tmpfs of {@code size} on {@code folder}, or skips the test (with the reason) where the platform refuses. */
    private static void mountSmallFileSystem(Path folder, String size) throws InterruptedException, IOException {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "a small tmpfs needs Linux");
        Process mount;
        try {
            mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()).redirectErrorStream(true).start();
        } catch (IOException noMount) {
            Assumptions.abort("no mount command here (" + noMount.getMessage() + "); the simulated disk-full test runs instead");
            return;
        }
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean ended = mount.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(ended && mount.exitValue() == 0, () -> "the platform refuses to mount a small file system here (" + said
                + "); the simulated disk-full test runs instead");
    }

    private static void unmount(Path folder) throws IOException, InterruptedException {
        Process umount = new ProcessBuilder("umount", folder.toString()).redirectErrorStream(true).start();
        if (!umount.waitFor(30, TimeUnit.SECONDS) || umount.exitValue() != 0) {
            new ProcessBuilder("umount", "-l", folder.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
