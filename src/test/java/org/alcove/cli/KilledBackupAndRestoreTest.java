package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.alcove.catalog.CatalogFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup killed at any point leaves the catalogue as it was and either no file under the
 * backup's name or a whole backup; a restore killed at any point leaves the catalogue as it was or
 * the backup in its place, never no catalogue, and never loses the one that was there.
 */
class KilledBackupAndRestoreTest {
    private static final int BACKUP_KILLS = 2;
    private static final int RESTORE_KILLS = 3;

    @TempDir
    static Path tmp;

    /** A catalogue of 24,576 books (the seed's six, copied). */
    static Path big;
    static CatalogueState bigState;
    /** The seed's catalogue, to restore over. */
    static Path small;
    static CatalogueState smallState;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    @BeforeAll
    static void catalogues() throws IOException {
        big = BigCatalogue.in(Files.createDirectories(tmp.resolve("big")), 12);
        bigState = CatalogueState.of(big);
        CatalogFixture.seeded(Files.createDirectories(tmp.resolve("small"))).close();
        small = tmp.resolve("small/catalog.alcove");
        smallState = CatalogueState.of(small);
    }

    @Test
    void aBackupKilledAnywhereLeavesNoBackupOrAWholeOneAndTheCatalogueAsItWas() throws Exception {
        int midway = 0;
        for (int i = 0; KillPoints.another(i, BACKUP_KILLS, midway); i++) {
            Path db = CatalogueState.copy(big, "backup-" + i);
            Path target = db.resolveSibling("copy.alcove");
            try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "backup", target.toString())) {
                midway += child.killAfter(() -> !leftovers(db.getParent(), ".copy.alcove.part-").isEmpty(), kills.delay(i, BACKUP_KILLS, 0, 150)) ? 1 : 0;
            }
            CatalogueState.assertSoundAndOneOf(db, bigState);
            if (Files.exists(target)) {
                CatalogueState.assertSoundAndOneOf(target, bigState);
            } else {
                CliRun again = CliRun.run("--db", db.toString(), "backup", target.toString());
                assertThat(again.code()).as(again.err()).isZero();
                CatalogueState.assertSoundAndOneOf(target, bigState);
            }
            assertThat(leftovers(db.getParent(), ".copy.alcove.part-")).as("the killed backup's temporary file, once a backup has run again").isEmpty();
        }
        assertThat(midway).as("kills while backing up").isPositive();
    }

    @Test
    void aRestoreKilledAnywhereLeavesTheCatalogueThatWasThereOrTheBackupNeverNone() throws Exception {
        int midway = 0;
        for (int i = 0; KillPoints.another(i, RESTORE_KILLS, midway); i++) {
            Path db = CatalogueState.copy(small, "restore-" + i);
            try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "restore", big.toString())) {
                midway += child.killAfter(() -> !leftovers(db.getParent(), ".catalog.alcove.restoring-").isEmpty(), kills.delay(i, RESTORE_KILLS, 0, 300)) ? 1 : 0;
            }
            assertThat(db).as("the catalogue after a restore killed").exists();
            if (CatalogueState.assertSoundAndOneOf(db, smallState, bigState) == 1) {
                List<Path> aside = leftovers(db.getParent(), "catalog.before-restore-");
                assertThat(aside).as("the catalogue that was there, kept aside").hasSize(1);
                CatalogueState.assertSoundAndOneOf(aside.get(0), smallState);
            }
        }
        assertThat(midway).as("kills while restoring").isPositive();
        assertThat(CatalogueState.of(big)).as("the backup, only read").isEqualTo(bigState);
    }

    private static List<Path> leftovers(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.getFileName().toString().endsWith("-shm")
                    && !p.getFileName().toString().endsWith("-wal")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
