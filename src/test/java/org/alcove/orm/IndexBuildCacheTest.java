package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Author;
import org.junit.jupiter.api.Test;

/**
 * Indexes built again after a bulk load sort in a smaller page cache, so a larger load does not
 * sort in more memory (SQLite sorts in up to the cache's size, then in temporary files).
 */
@SqliteOnly("SQLite's page cache")
class IndexBuildCacheTest extends CatalogTest {

    private long cacheSize() {
        return db.query("PRAGMA cache_size", List.of(), rs -> rs.getLong(1)).get(0);
    }

    @Test
    void theIndexesOfALoadAreBuiltInAnEightMegabyteCacheAndTheCacheIsSixtyFourAgainAfter() {
        List<Author> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(new Author("Author " + i, null));
        }
        List<String> statements = new ArrayList<>();
        db.captureQueries(() -> db.schemaEditor().withPlainIndexesDeferred("author", columns -> false, () -> {
            authors.bulkCreate(batch, BulkOptions.defaults().withoutIds());
            return null;
        })).forEach(q -> statements.add(q.sql()));

        int smaller = statements.indexOf("PRAGMA cache_size = -8192");
        int back = statements.indexOf("PRAGMA cache_size = -65536");
        List<Integer> builds = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith("CREATE INDEX")) {
                builds.add(i);
            }
        }
        assertThat(builds).as("the author table has plain indexes to build again").isNotEmpty();
        assertThat(smaller).isNotNegative().isLessThan(builds.get(0));
        assertThat(back).isGreaterThan(builds.get(builds.size() - 1));
        assertThat(db.atomic(this::cacheSize)).as("the writing connection's cache, after").isEqualTo(-65536);
        assertThat(authors.count()).isEqualTo(500);
    }
}
