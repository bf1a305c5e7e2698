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
        CatalogFixture.seeded(dir).close();
        catalog = Catalog.open(dir.resolve("catalog.alcove"));
    }

    @AfterEach
    void closeCatalogue() {
        catalog.close();
    }
}
