package org.alcove.orm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.alcove.orm.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration that fails half-way leaves schema, data and history exactly as they were. */
class FailureTest {
    @TempDir
    Path tmp;

    @Test
    void throwingDataMigrationUndoesTheSchemaChangesBeforeIt() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("broken", "{\"op\": \"AddField\", \"model\": \"Shelf\", \"field\": {\"name\": \"barcode\", \"kind\": \"CHAR\", "
                    + "\"maxLength\": 9, \"nullable\": true, \"unique\": true}},"
                    + "{\"op\": \"RunJava\", \"class\": \"org.alcove.orm.migrations.fixtures.FailingMigration\"}");
            String before = lab.snapshot();
            assertThatThrownBy(() -> lab.migrate(null)).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("0002_broken failed and was rolled back").hasMessageContaining("on purpose");
            assertThat(lab.snapshot()).isEqualTo(before);
            assertThat(lab.migrator().pending()).containsExactly("0002_broken");
        }
    }

    @Test
    void uniqueConstraintOnDuplicateDataChangesNothing() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("ok", "{\"op\": \"AddIndex\", \"model\": \"Shelf\", \"index\": {\"name\": \"shelf_pos_idx\", \"fields\": [\"position\"]}}");
            lab.add("dup", "{\"op\": \"RemoveIndex\", \"model\": \"Shelf\", \"name\": \"shelf_name_idx\"},"
                    + "{\"op\": \"AddConstraint\", \"model\": \"Shelf\", \"constraint\": {\"name\": \"one_code\", \"fields\": [\"code\"]}}");
            lab.db.execute("UPDATE shelf SET code = 'same' WHERE id IN (1, 2)");
            String before = lab.snapshot();
            assertThatThrownBy(() -> lab.migrate(null)).isInstanceOf(MigrationError.class).hasMessageContaining("UNIQUE");
            // The first migration committed on its own; the failing one left no trace.
            assertThat(lab.migrator().pending()).containsExactly("0003_dup");
            assertThat(lab.indexNames("shelf")).containsExactly("shelf_code_idx", "shelf_name_idx", "shelf_pos_idx");
            lab.migrate("0001_initial");
            assertThat(lab.snapshot()).isEqualTo(before.replace("index shelf_pos_idx shelf CREATE INDEX \"shelf_pos_idx\" ON \"shelf\" (\"position\")\n", ""));
        }
    }

    @Test
    void notNullWithoutDefaultOnNullRowsRollsTheRebuildBack() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("strict", "{\"op\": \"AlterField\", \"model\": \"Shelf\", \"field\": {\"name\": \"position\", \"kind\": \"INTEGER\"}}");
            String before = lab.snapshot();
            assertThatThrownBy(() -> lab.migrate(null)).isInstanceOf(MigrationError.class).hasMessageContaining("NOT NULL");
            assertThat(lab.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void brokenForeignKeysFailTheCheckAndRollBack() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("orphans", "{\"op\": \"RunSQL\", \"sql\": [\"DELETE FROM shelf WHERE id <= 5\"], \"reverseSql\": []}");
            String before = lab.snapshot();
            assertThatThrownBy(() -> lab.migrate(null)).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("broken foreign key");
            assertThat(lab.snapshot()).isEqualTo(before);
            if (!TestBackend.postgres()) {
                assertThat(lab.strings("PRAGMA foreign_keys")).containsExactly("1"); // switched back on after the migration
            }
        }
    }

    @Test
    void rollbackPastIrreversibleOperationIsRefusedBeforeAnythingChanges() {
        try (Lab lab = Lab.withData(tmp)) {
            lab.add("forward_only", "{\"op\": \"RunSQL\", \"sql\": [\"UPDATE shelf SET code = 'Q'\"]}");
            lab.add("more", "{\"op\": \"AddIndex\", \"model\": \"Shelf\", \"index\": {\"name\": \"shelf_pos_idx\", \"fields\": [\"position\"]}}");
            lab.migrate(null);
            String before = lab.snapshot();
            // Refused already when planned, so the catalogue's backup before migrating is not written either.
            assertThatThrownBy(() -> lab.migrator().plan("0001_initial")).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("irreversible");
            assertThatThrownBy(() -> lab.migrate("0001_initial")).isInstanceOf(MigrationError.class)
                    .hasMessage("Cannot roll back to 0001_initial: migration 0002_forward_only has an irreversible "
                            + "operation (Raw SQL operation); nothing was changed");
            assertThat(lab.snapshot()).isEqualTo(before);
            assertThat(lab.migrate("0002_forward_only")).containsExactly("0003_more");
        }
    }
}
