package org.alcove.orm;

import java.nio.file.Path;

import org.alcove.catalog.CatalogFixture;

/** A test on the seed tutorial's catalogue in a fresh file: 4 authors, 6 books. */
abstract class SeededCatalogTest extends CatalogTest {
    @Override
    Database openDatabase(Path folder) {
        return CatalogFixture.seeded(folder);
    }
}
