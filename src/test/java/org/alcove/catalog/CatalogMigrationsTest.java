package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.migrations.MigrationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's migrations service and how opening a catalogue uses it. */
class CatalogMigrationsTest {
    @TempDir
    Path tmp;

    @Test
    void newCatalogueGetsEveryMigrationSilently() {
        try (Catalog catalog = Catalog.open(tmp.resolve("new.alcove"))) {
            assertThat(catalog.migrations().list()).extracting(MigrationStatus::line).containsExactly("[X] 0001_initial", "[X] 0002_book_indexes",
                    "[X] 0003_book_genre_index", "[X] 0004_author_name_index",
                    "[X] 0005_catalogue_model_2", "[X] 0006_fill_contributions", "[X] 0007_circulation", "[X] 0008_search_index", "[X] 0009_genres", "[X] 0010_trash", "[X] 0011_edit_versions", "[X] 0012_covers");
            assertThat(catalog.db().tableNames()).contains("author", "book");
            assertThat(Files.exists(tmp.resolve("backups"))).isFalse();
        }
    }

    @Test
    void aPlanNamesWhatMigratingWouldRunAndChangesNothing() {
        try (Catalog catalog = Catalog.open(tmp.resolve("new.alcove"))) {
            CatalogMigrations m = catalog.migrations();
            assertThat(m.plan(null)).isEqualTo(new CatalogMigrations.Plan(List.of(), false));
            assertThat(m.plan("0001_initial"))
                    .isEqualTo(new CatalogMigrations.Plan(List.of("0012_covers", "0011_edit_versions", "0010_trash", "0009_genres", "0008_search_index", "0007_circulation", "0006_fill_contributions", "0005_catalogue_model_2", "0004_author_name_index", "0003_book_genre_index", "0002_book_indexes"), true));
            assertThat(m.plan("zero").migrations())
                    .containsExactly("0012_covers", "0011_edit_versions", "0010_trash", "0009_genres", "0008_search_index", "0007_circulation", "0006_fill_contributions", "0005_catalogue_model_2", "0004_author_name_index", "0003_book_genre_index", "0002_book_indexes", "0001_initial");
            assertThat(m.pending()).isEmpty();
            m.migrateTo("0001_initial", null);
            assertThat(m.plan("0002_book_indexes")).isEqualTo(new CatalogMigrations.Plan(List.of("0002_book_indexes"), false));
            assertThat(m.plan(null).migrations()).containsExactly("0002_book_indexes", "0003_book_genre_index", "0004_author_name_index", "0005_catalogue_model_2", "0006_fill_contributions", "0007_circulation", "0008_search_index", "0009_genres", "0010_trash", "0011_edit_versions", "0012_covers");
            assertThat(m.rollsBack("zero")).isTrue();
        }
    }

    @Test
    void aRollbackUndoesOnlyWhatWasConfirmed() {
        try (Catalog catalog = Catalog.open(tmp.resolve("new.alcove"))) {
            CatalogMigrations m = catalog.migrations();
            List<String> confirmed = m.plan("0002_book_indexes").migrations(); // [0008..., 0007..., 0006..., 0005..., 0004_author_name_index, 0003_book_genre_index]
            m.migrateTo("0001_initial", null); // another program, before the user's rollback runs
            assertThatThrownBy(() -> m.rollBack("0002_book_indexes", confirmed, null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing was done");
            assertThat(m.pending()).containsExactly("0002_book_indexes", "0003_book_genre_index", "0004_author_name_index", "0005_catalogue_model_2", "0006_fill_contributions", "0007_circulation", "0008_search_index", "0009_genres", "0010_trash", "0011_edit_versions", "0012_covers");
            m.migrateTo(null, null);
            assertThat(m.rollBack("0002_book_indexes", confirmed, null).migrations()).isEqualTo(confirmed);
            assertThat(m.pending()).containsExactly("0003_book_genre_index", "0004_author_name_index", "0005_catalogue_model_2", "0006_fill_contributions", "0007_circulation", "0008_search_index", "0009_genres", "0010_trash", "0011_edit_versions", "0012_covers");
        }
    }

    @Test
    void catalogueWithPendingMigrationsIsRefusedUntilAskedToApplyThem() {
        Path file = tmp.resolve("old.alcove");
        try (CatalogMigrations m = CatalogMigrations.open(file)) {
            m.migrateTo("0001_initial", null);
        }
        try (Database db = Database.open(file)) {
            db.execute("INSERT INTO author (name, biography) VALUES (?, ?)", "Kept", "");
        }
        assertThatThrownBy(() -> Catalog.open(file)).isInstanceOf(MigrationRequiredException.class)
                .hasMessageContaining("needs 11 migration(s)").hasMessageContaining("0002_book_indexes");
        try (Catalog catalog = Catalog.open(file, true)) {
            assertThat(catalog.migrations().pending()).isEmpty();
            assertThat(catalog.migrationBackup()).isPresent();
        }
        try (Catalog catalog = Catalog.open(file)) {
            assertThat(catalog.db().query("SELECT name FROM author", List.of(), rs -> rs.getString(1))).containsExactly("Kept");
        }
    }

    @Test
    void anotherProgramsDatabaseIsNotTurnedIntoACatalogue() {
        Path file = tmp.resolve("shop.db");
        try (Database db = Database.open(file)) {
            db.executeScript("CREATE TABLE customers (name text)");
            db.executeScript("CREATE TABLE orders (total integer)");
        }
        assertThatThrownBy(() -> Catalog.open(file)).isInstanceOf(NotACatalogueException.class)
                .hasMessageContaining("not an Alcove catalogue").hasMessageContaining("customers, orders");
        try (Database db = Database.open(file)) {
            assertThat(db.tableNames()).containsExactlyInAnyOrder("customers", "orders");
        }
    }

    @Test
    void migratingACatalogueWithDataBacksItUpFirstAndReportsProgress() {
        CatalogFixture.seeded(tmp).close();
        Path seeded = tmp.resolve("catalog.alcove");
        try (CatalogMigrations m = CatalogMigrations.open(seeded)) {
            CatalogMigrations.Result back = m.migrateTo("zero", (name, i, total) -> { });
            assertThat(back.backwards()).isTrue();
            Path backup = back.backup().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(tmp.resolve("backups").toAbsolutePath());
            assertThat(backup.getFileName().toString()).matches("catalog-\\d{8}-\\d{6}\\.alcove");
            try (Database copy = Database.open(backup)) {
                assertThat(copy.rowCounts()).containsEntry("book", 6L).containsEntry("author", 4L);
            }
            List<String> seen = new ArrayList<>();
            CatalogMigrations.Result forward = m.applyAll((name, i, total) -> seen.add(name + " " + i + "/" + total));
            assertThat(seen).containsExactly("0001_initial 1/12", "0002_book_indexes 2/12", "0003_book_genre_index 3/12",
                    "0004_author_name_index 4/12", "0005_catalogue_model_2 5/12", "0006_fill_contributions 6/12", "0007_circulation 7/12",
                    "0008_search_index 8/12", "0009_genres 9/12", "0010_trash 10/12", "0011_edit_versions 11/12", "0012_covers 12/12");
            assertThat(forward.backup()).isEmpty();
            assertThat(m.sql("0001_initial", true)).containsExactly("DROP TABLE \"book\";", "DROP TABLE \"author\";");
        }
    }

    @Test
    void editVersionsAreAddedAtZeroAndRolledBackWithTheirValuesGone() {
        Path file = tmp.resolve("versions.alcove");
        try (CatalogMigrations m = CatalogMigrations.open(file)) {
            m.migrateTo("0010_trash", null);
        }
        try (Database db = Database.open(file)) {
            db.execute("INSERT INTO author (name, sort_name, biography) VALUES (?, '', '')", "Kept");
        }
        try (Catalog catalog = Catalog.open(file, true)) {
            assertThat(catalog.authors().get("name", "Kept").getVersion()).isZero();
            catalog.migrations().migrateTo("0010_trash", null);
            assertThat(catalog.db().query("SELECT name FROM pragma_table_info('author')", List.of(), rs -> rs.getString(1)))
                    .contains("name").doesNotContain("version");
            assertThat(catalog.db().query("SELECT name FROM author", List.of(), rs -> rs.getString(1))).containsExactly("Kept");
        }
    }

}
