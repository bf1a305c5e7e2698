package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.alcove.catalog.circulation.Circulation;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCheckTest {
    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("c.alcove");
    }

    Catalog withABook() {
        Catalog catalog = Catalog.open(file());
        Author a = catalog.authors().create(new Author("Mary Shelley", null));
        Book b = catalog.books().create(new Book("Frankenstein", a, null, null, SeedGenres.fic(), 280));
        catalog.db().objects(Copy.class).create(new Copy(b, "F-1"));
        return catalog;
    }

    @Test
    void aSoundCatalogueHasNoFindings() {
        try (Catalog catalog = withABook()) {
            CatalogCheck.Report r = new CatalogCheck(catalog).run();
            assertThat(r.findings()).isEmpty();
            assertThat(r.ok()).isTrue();
        }
    }

    @Test
    void rowsWhoseParentIsGoneAreDamageThatARepairDeletesAfterABackup() throws Exception {
        withABook().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF"); // as another tool might
            s.execute("DELETE FROM book");
        }
        try (Catalog catalog = Catalog.openAnyVersion(file())) {
            CatalogCheck.Report r = new CatalogCheck(catalog).run();
            assertThat(r.findings()).extracting(CatalogCheck.Finding::check).contains("foreign-keys");
            assertThat(r.findings()).filteredOn(f -> f.check().equals("foreign-keys")).allMatch(CatalogCheck.Finding::repairable)
                    .anySatisfy(f -> assertThat(f.message()).matches("Row \\d+ of copy refers to a row of book that is gone\\."));
            CatalogCheck.Report repaired = new CatalogCheck(catalog).repair();
            assertThat(repaired.ok()).as(repaired.findings().toString()).isTrue();
            assertThat(repaired.repaired()).isGreaterThanOrEqualTo(2);
            Path backup = repaired.backup().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups").toAbsolutePath());
            try (Database copy = Database.open(backup)) {
                assertThat(copy.rowCounts()).containsEntry("copy", 1L); // what was deleted is in the backup
            }
            assertThat(catalog.db().rowCounts()).containsEntry("copy", 0L);
        }
    }

    @Test
    void lendingAndIdentifierStatesAreWarnings() {
        try (Catalog catalog = withABook()) {
            Circulation desk = new Circulation(catalog);
            desk.addBorrower("Ada", "P1", "", "");
            desk.checkout("P1", "F-1", null);
            catalog.db().objects(Copy.class).filter("barcode", "F-1").delete();
            Book other = catalog.books().create(new Book("Frankenstein (1831)", catalog.authors().get(), null, null, SeedGenres.fic(), 300));
            Book first = catalog.books().get("title", "Frankenstein");
            catalog.db().save(new Identifier(first, "oclc", "123"));
            catalog.db().save(new Identifier(other, "oclc", "123"));
            desk.placeHold("P1", other);
            desk.updateBorrower("P1", null, null, null, false);
            CatalogCheck.Report r = new CatalogCheck(catalog).run();
            assertThat(r.findings()).extracting(CatalogCheck.Finding::check).containsExactlyInAnyOrder("loans", "holds", "identifiers");
            assertThat(r.errors()).isZero();
            assertThat(r.findings()).extracting(CatalogCheck.Finding::message).contains("Identifier oclc 123 is on 2 books (the same edition catalogued twice?).");
        }
    }

    @Test
    void migrationsNotAppliedAreReportedAndTheOlderCatalogueIsLeftAsItWas() throws Exception {
        try (CatalogMigrations m = CatalogMigrations.open(file())) {
            m.migrateTo("0004_author_name_index", null);
        }
        byte[] before = Files.readAllBytes(file());
        try (Catalog catalog = Catalog.openAnyVersion(file())) {
            CatalogCheck.Report r = new CatalogCheck(catalog).run();
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.check()).isEqualTo("migrations");
                assertThat(f.message()).startsWith("8 migration(s) not applied yet: 0005_catalogue_model_2, 0006_fill_contributions, 0007_circulation, 0008_search_index, 0009_genres, 0010_trash, 0011_edit_versions, 0012_covers");
            });
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }
}
