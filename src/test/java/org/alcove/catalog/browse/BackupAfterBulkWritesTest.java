package org.alcove.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAfterBulkWritesTest {
    @TempDir
    Path dir;

    /** Bulk inserts left a cached statement mid-step, and VACUUM INTO refused ("SQL statements in progress"). */
    @Test
    void backingUpRightAfterBulkInsertsSucceeds() {
        try (CatalogSession s = CatalogSession.open(dir.resolve("a.alcove"))) {
            s.loadSample();
            s.backup(dir.resolve("copy.alcove"));
            assertThat(s.catalog().migrations().backup()).exists();
        }
        assertThat(dir.resolve("copy.alcove")).exists();
    }
}
