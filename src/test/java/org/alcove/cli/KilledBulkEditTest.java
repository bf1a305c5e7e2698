package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.importing.BulkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alcove has no bulk edit yet; the command that changes the most rows at once is {@code merge-authors}
 * (every credit and book of the authors merged re-pointed, the authors deleted, in one transaction,
 * after an automatic backup). Killed at any point it leaves the catalogue as it was or wholly merged.
 */
class KilledBulkEditTest {
    private static final int KILLS = 2;

    @TempDir
    Path tmp;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    @Test
    void aMergeOfManyAuthorsKilledAnywhereLeavesTheStateBeforeOrTheWholeMerge() throws Exception {
        Path start = Files.createDirectories(tmp.resolve("start")).resolve("catalog.alcove");
        CliRun imported = CliRun.run("--db", start.toString(), "import-books", BulkFiles.books(tmp.resolve("books.csv"), 10_000, 400).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        List<String> merge = new ArrayList<>(List.of("merge-authors"));
        try (Catalog catalog = Catalog.open(start)) {
            catalog.authors().orderBy("id").valuesListFlat("id", Long.class).list().forEach(id -> merge.add(id.toString()));
        }
        CatalogueState before = CatalogueState.of(start);
        Path reference = CatalogueState.copy(start, "reference");
        CliRun merged = CliRun.run(args(reference, merge));
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).startsWith("Merged 399 authors into #");
        CatalogueState after = CatalogueState.of(reference);

        int midway = 0;
        for (int i = 0; KillPoints.another(i, KILLS, midway); i++) {
            Path db = CatalogueState.copy(start, "killed-" + i);
            Path backups = db.resolveSibling("backups");
            boolean atWork;
            try (ChildJvm child = ChildJvm.alcove(tmp, args(db, merge))) {
                // The merge's transaction begins once its backup is in place.
                atWork = child.killAfter(() -> holdsBackup(backups), kills.delay(i, KILLS, 0, 60));
            }
            int state = CatalogueState.assertSoundAndOneOf(db, before, after);
            midway += atWork && state == 0 ? 1 : 0;
        }
        assertThat(midway).as("kills before the merge committed").isPositive();
    }

    private static boolean holdsBackup(Path folder) {
        String[] names = folder.toFile().list((dir, name) -> name.endsWith(".alcove"));
        return names != null && names.length > 0;
    }

    private static String[] args(Path db, List<String> command) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(command);
        return args.toArray(String[]::new);
    }
}
