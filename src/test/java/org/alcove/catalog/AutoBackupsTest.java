package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.browse.CatalogSession;
import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.importing.ImportReport;
import org.alcove.catalog.importing.ImportService;
import org.alcove.catalog.io.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotating folder of automatic backups: before imports, once a day, the newest ten kept, nothing else touched. */
class AutoBackupsTest {
    @TempDir
    Path tmp;

    @Test
    void theNewestAreKeptAndOtherFilesAreLeftAlone() throws Exception {
        try (Catalog catalog = Catalog.open(tmp.resolve("lib.alcove"))) {
            catalog.authors().create(new Author("Ann", null));
            AutoBackups backups = new AutoBackups(catalog.db());
            Files.createDirectories(backups.folder());
            Path mine = Files.writeString(backups.folder().resolve("my-notes.alcove"), "not a backup of ours");
            Path other = Files.writeString(backups.folder().resolve("other-20200101-000000.alcove"), "another catalogue's");
            Path first = backups.write();
            for (int i = 0; i < AutoBackups.DEFAULT_KEPT + 1; i++) {
                backups.write();
            }
            List<Path> kept = backups.list();
            assertThat(kept).hasSize(AutoBackups.DEFAULT_KEPT).doesNotContain(first);
            assertThat(Files.exists(first)).isFalse();
            assertThat(mine).exists();
            assertThat(other).exists();
            try (Catalog copy = Catalog.open(kept.get(0))) {
                assertThat(copy.authors().count()).isEqualTo(1);
            }
            assertThat(kept.get(0).getFileName().toString()).matches("lib-\\d{8}-\\d{6}(-\\d+)?\\.alcove");
        }
    }

    @Test
    void aDailyBackupIsWrittenOnceADayAndNotForAnEmptyCatalogue() throws Exception {
        Path file = tmp.resolve("lib.alcove");
        Catalog.open(file).close();
        try (CatalogSession empty = CatalogSession.open(file)) {
            assertThat(empty.dailyBackup()).isEmpty();
        }
        try (Catalog catalog = Catalog.open(file)) {
            Author a = catalog.authors().create(new Author("Ann", null));
            catalog.books().create(new Book("One", a, LocalDate.of(2000, 1, 1), null, SeedGenres.fic(), 1));
        }
        try (CatalogSession session = CatalogSession.open(file)) {
            assertThat(session.dailyBackup()).hasValueSatisfying(p -> assertThat(p).exists());
            assertThat(session.dailyBackup()).isEmpty(); // already today
            assertThat(session.backupFolder()).isEqualTo(tmp.resolve("backups"));
        }
    }

    @Test
    void anImportIntoACatalogueThatHoldsBooksIsPrecededByABackup() throws Exception {
        Path csv = Files.writeString(tmp.resolve("authors.csv"), "name,birth_date,biography\nBo,,\n");
        try (Catalog catalog = Catalog.open(tmp.resolve("lib.alcove"))) {
            ImportReport first = new ImportService(catalog).run(csv, ImportFormat.AUTHORS, ImportOptions.defaults(), org.alcove.catalog.importing.ImportListener.NONE, () -> false);
            assertThat(first.backup()).isNull(); // nothing to lose yet
            Path again = Files.writeString(tmp.resolve("more.csv"), "name,birth_date,biography\nCy,,\n");
            ImportReport second = new ImportService(catalog).run(again, ImportFormat.AUTHORS, ImportOptions.defaults(), org.alcove.catalog.importing.ImportListener.NONE, () -> false);
            assertThat(second.backup()).exists();
            try (Catalog before = Catalog.open(second.backup())) {
                assertThat(before.authors().valuesListFlat("name", String.class).list()).containsExactly("Bo");
            }
        }
    }
}
