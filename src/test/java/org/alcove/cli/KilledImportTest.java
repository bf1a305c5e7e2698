package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.importing.BulkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An import killed at any point leaves the catalogue as it was or wholly imported, never half; the same import then goes through. */
class KilledImportTest {
    /** Each kill lands in its own slice of this many milliseconds after the import began, the first in the first slice. */
    private static final long SLICE = 250;
    private static final int KILLS = 3;

    @TempDir
    Path tmp;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    @Test
    void anImportKilledAnywhereLeavesTheStateBeforeOrTheWholeImport() throws Exception {
        CatalogFixture.seeded(Files.createDirectories(tmp.resolve("seeded"))).close();
        Path seeded = tmp.resolve("seeded/catalog.alcove");
        Path csv = BulkFiles.books(tmp.resolve("books.csv"), 10_000, 1_000);
        CatalogueState before = CatalogueState.of(seeded);

        List<Path> killed = new ArrayList<>();
        List<CatalogueState> states = new ArrayList<>();
        Path midway = null;
        for (int i = 0; KillPoints.another(i, KILLS, midway == null ? 0 : 1); i++) {
            Path db = CatalogueState.copy(seeded, "killed-" + i);
            Path backups = db.resolveSibling("backups");
            boolean atWork;
            try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "import-books", csv.toString())) {
                // The import begins once its backup of the catalogue as it was is in place.
                atWork = child.killAfter(() -> holdsFiles(backups), i < KILLS ? kills.millis(i * SLICE, (i + 1) * SLICE) : 0);
            }
            CatalogueState state = CatalogueState.assertSound(db);
            if (atWork && state.equals(before) && midway == null) {
                midway = db;
            }
            killed.add(db);
            states.add(state);
        }
        assertThat(midway).as("a kill that landed before the import committed").isNotNull();

        CliRun again = CliRun.run("--db", midway.toString(), "import-books", csv.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Imported 10000 books, matched 0, rejected 0");
        CatalogueState after = CatalogueState.of(midway);
        for (int i = 0; i < killed.size(); i++) {
            assertThat(states.get(i)).as(killed.get(i) + " holds the state before or after").isIn(before, after);
        }
    }

    private static boolean holdsFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".alcove"));
        } catch (IOException e) {
            return false;
        }
    }
}
