package org.alcove.cli;

import static org.alcove.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations, migrate, showmigrations and sqlmigrate from the command line. */
class MigrationCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void shippedMigrationsMatchTheCatalogueModels() {
        CliRun r = run("makemigrations", "--check", "--dir", "src/main/resources/org/alcove/catalog/migrations");
        assertThat(r).isEqualTo(new CliRun(0, "No changes detected\n", ""));
    }

    @Test
    void checkFailsWhenModelsHaveNoMigration() {
        CliRun r = run("makemigrations", "--check", "--dir", tmp.resolve("none").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("- Create model Author", "- Create model Book");
        assertThat(tmp.resolve("none")).doesNotExist();
    }

    @Test
    void makemigrationsWritesTheInitialMigration() {
        CliRun r = run("makemigrations", "--dir", tmp.resolve("m").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0001_initial.json");
        // The models have moved on since the shipped 0001: a fresh initial migration has today's indexes.
        assertThat(tmp.resolve("m").resolve("0001_initial.json")).content()
                .contains("\"op\": \"CreateModel\"", "book_publication_date_idx", "\"to\": \"Genre\"")
                .doesNotContain("book_isbn_idx").doesNotContain("book_genre_pages_idx").doesNotContain("book_genre_idx");
    }

    @Test
    void migrateShowAndRollBack() throws java.io.IOException {
        String db = java.nio.file.Files.createFile(tmp.resolve("c.alcove")).toString();
        assertThat(run("--db", db, "showmigrations").out()).isEqualTo("catalog\n [ ] 0001_initial\n [ ] 0002_book_indexes\n [ ] 0003_book_genre_index\n"
                + " [ ] 0004_author_name_index\n [ ] 0005_catalogue_model_2\n [ ] 0006_fill_contributions\n [ ] 0007_circulation\n [ ] 0008_search_index\n [ ] 0009_genres\n [ ] 0010_trash\n [ ] 0011_edit_versions\n [ ] 0012_covers\n");
        assertThat(run("--db", db, "sqlmigrate", "0001_initial").out()).startsWith("BEGIN;\nCREATE TABLE \"author\"").endsWith("COMMIT;\n");
        assertThat(run("--db", db, "migrate")).isEqualTo(new CliRun(0,
                "  Applying 0001_initial...\n  Applying 0002_book_indexes...\n  Applying 0003_book_genre_index...\n"
                + "  Applying 0004_author_name_index...\n  Applying 0005_catalogue_model_2...\n  Applying 0006_fill_contributions...\n  Applying 0007_circulation...\n  Applying 0008_search_index...\n  Applying 0009_genres...\n  Applying 0010_trash...\n  Applying 0011_edit_versions...\n  Applying 0012_covers...\nApplied 12 migration(s).\n", ""));
        assertThat(run("--db", db, "showmigrations").out()).isEqualTo("catalog\n [X] 0001_initial\n [X] 0002_book_indexes\n [X] 0003_book_genre_index\n"
                + " [X] 0004_author_name_index\n [X] 0005_catalogue_model_2\n [X] 0006_fill_contributions\n [X] 0007_circulation\n [X] 0008_search_index\n [X] 0009_genres\n [X] 0010_trash\n [X] 0011_edit_versions\n [X] 0012_covers\n");
        assertThat(run("--db", db, "migrate").out()).isEqualTo("No migrations to apply.\n");
        assertThat(run("--db", db, "migrate", "zero").out()).contains("Unapplying 0004_author_name_index", "Unapplying 0003_book_genre_index", "Unapplying 0002_book_indexes", "Unapplying 0001_initial",
                "Unapplying 0006_fill_contributions", "Unapplying 0007_circulation", "Unapplying 0008_search_index", "Unapplying 0009_genres", "Unapplying 0010_trash", "Unapplying 0011_edit_versions", "Unapplying 0012_covers", "Rolled back 12 migration(s).");
    }

    @Test
    void unknownTargetIsOneLineWithExitCode2() {
        CliRun r = run("--db", tmp.resolve("c.alcove").toString(), "migrate", "0099_nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("alcove: No migration named '0099_nope'. Migrations are: 0001_initial, 0002_book_indexes, 0003_book_genre_index, "
                + "0004_author_name_index, 0005_catalogue_model_2, 0006_fill_contributions, 0007_circulation, 0008_search_index, 0009_genres, 0010_trash, 0011_edit_versions, 0012_covers\n");
    }

    @Test
    void readingCommandsRefuseACatalogueThatDoesNotExist() {
        Path missing = tmp.resolve("nowhere").resolve("c.alcove");
        CliRun r = run("--db", missing.toString(), "showmigrations");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("alcove: no catalogue at " + missing + " (check --db, or create it by importing into it)\n");
        assertThat(missing.getParent()).doesNotExist();
    }
}
