package org.alcove.catalog.covers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogCheck;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.trash.Trash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoversCheckTest {
    @TempDir
    Path dir;

    @Test
    void aCoverFileNoBookShowsIsReportedAndARepairMovesItAsideAfterABackup() throws Exception {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            Covers covers = Covers.of(catalog);
            String name = covers.store(CoversTest.image(dir.resolve("stray.png"), "png", 0xabcdef));
            CatalogCheck.Report r = new CatalogCheck(catalog).run();
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.check()).isEqualTo("covers");
                assertThat(f.severity()).isEqualTo(CatalogCheck.Severity.WARNING);
                assertThat(f.message()).isEqualTo("Cover file " + name + " in c.covers is shown by no book (a repair moves it to c.covers-orphans).");
                assertThat(f.repairable()).isTrue();
            });
            CatalogCheck.Report repaired = new CatalogCheck(catalog).repair();
            assertThat(repaired.ok()).isTrue();
            assertThat(repaired.backup()).isPresent();
            assertThat(covers.folder().resolve(name)).doesNotExist();
            assertThat(dir.resolve("c.covers-orphans").resolve(name)).exists();
        }
    }

    @Test
    void aTrashedBooksCoverIsNoOrphan() throws Exception {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            long id = CoversTest.book(catalog, "Frankenstein");
            Covers.of(catalog).set(id, CoversTest.image(dir.resolve("front.png"), "png", 0x111111));
            Trash.of(catalog).discard(TrashKind.BOOK, id);
            assertThat(new CatalogCheck(catalog).run().findings()).isEmpty();
        }
    }

    @Test
    void aBookWhoseCoverFileIsGoneIsReported() throws Exception {
        try (Catalog catalog = Catalog.open(dir.resolve("c.alcove"))) {
            long id = CoversTest.book(catalog, "Frankenstein");
            Covers covers = Covers.of(catalog);
            String name = covers.set(id, CoversTest.image(dir.resolve("front.png"), "png", 0x222222));
            Files.delete(covers.folder().resolve(name));
            assertThat(new CatalogCheck(catalog).run().findings()).singleElement().satisfies(f -> {
                assertThat(f.check()).isEqualTo("covers");
                assertThat(f.message()).isEqualTo("The cover of \u201cFrankenstein\u201d (" + name + ") is missing from c.covers: choose it again, "
                        + "or restore the folder from a backup.");
                assertThat(f.repairable()).isFalse();
            });
        }
    }
}
