package org.alcove.catalog;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on the seed tutorial's catalogue ({@link CatalogFixture#seeded}), opened afresh in a new folder for each test. */
public abstract class SeededCatalogTest {
    @TempDir
    protected Path dir;
    protected Catalog catalog;

    @BeforeEach
    void openSeededCatalogue() {
        String where;
        try (var seeded = CatalogFixture.seeded(dir)) {
            where = seeded.location(); // the file, or the database on the test server
        }
        catalog = Catalog.open(where, false);
    }

    @AfterEach
    void closeCatalogue() {
        catalog.close();
    }
}
