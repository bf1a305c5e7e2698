package org.alcove.orm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.TestBackend;
import org.alcove.orm.migrations.fixtures.v2.Label;
import org.alcove.orm.migrations.fixtures.v2.Shelf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change a model, make its migration, read the file, migrate, roll back, migrate again. */
class EndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void changedModelGetsItsMigration() throws Exception {
        try (Lab lab = Lab.withData(tmp)) {
            MigrationMaker maker = new MigrationMaker(lab.source(), List.of(Shelf.class, Label.class));
            Migration next = maker.make().orElseThrow();
            assertThat(next.name()).isEqualTo("0002_alter_shelf_position_shelf_language");
            assertThat(next.describe()).containsExactly("Alter field position on Shelf", "Add field language to Shelf");
            Path file = MigrationMaker.write(next, lab.dir);
            String json = Files.readString(file);
            assertThat(json).contains("\"dependencies\": [\n    \"0001_initial\"\n  ]", "\"op\": \"AddField\"", "\"default\": \"en\"");
            assertThat(Files.readAllLines(lab.dir.resolve(MigrationSource.INDEX)))
                    .containsExactly("0001_initial.json", "0002_alter_shelf_position_shelf_language.json");

            assertThat(lab.migrate(null)).containsExactly(next.name());
            assertThat(lab.count("SELECT count(*) FROM shelf WHERE language = 'en' AND position IS NOT NULL")).isEqualTo(Lab.SHELVES);
            assertThat(lab.migrate("0001_initial")).containsExactly(next.name());
            assertThat(lab.columns("shelf")).containsExactly("id", "name", "position", "code");
            assertThat(lab.migrate(null)).containsExactly(next.name());
            assertThat(lab.count("SELECT count(*) FROM label")).isEqualTo(2L * Lab.SHELVES);
            assertThat(new MigrationMaker(lab.source(), List.of(Shelf.class, Label.class)).make()).isEmpty();
        }
    }

    /** Answers yes to every rename question. */
    private static final Questioner YES = new Questioner() {
        @Override
        public boolean renameModel(String from, String to) {
            return true;
        }

        @Override
        public boolean renameField(String model, String from, String to) {
            return true;
        }
    };

    @Test
    void renameIsMadeOnlyWhenAsked() {
        try (Lab lab = Lab.withData(tmp)) {
            List<Class<? extends org.alcove.orm.Model>> v1 = List.of(
                    org.alcove.orm.migrations.fixtures.v1.Shelf.class, org.alcove.orm.migrations.fixtures.v1.Label.class);
            assertThat(new MigrationMaker(lab.source(), v1).make()).isEmpty();
            // v2 adds a field; nothing looks like a rename, so no question yields one.
            Migration m = new MigrationMaker(lab.source(), List.of(Shelf.class, Label.class)).questioner(YES).make().orElseThrow();
            assertThat(m.describe()).noneMatch(d -> d.startsWith("Rename"));
            assertThatThrownBy(() -> new MigrationMaker(lab.source(), v1).renameField("Shelf", "nope", "other").make())
                    .isInstanceOf(MigrationError.class).hasMessageContaining("Cannot rename field Shelf.nope");
        }
    }

    @Test
    void aRenamedFieldIsARenameOnlyWhenSaidSo() {
        try (Lab lab = Lab.withData(tmp)) {
            List<Class<? extends org.alcove.orm.Model>> v3 = List.of(
                    org.alcove.orm.migrations.fixtures.v3.Shelf.class, org.alcove.orm.migrations.fixtures.v3.Label.class);
            Migration asked = new MigrationMaker(lab.source(), v3).questioner(YES).make().orElseThrow();
            assertThat(asked.describe()).contains("Rename field name on Shelf to title")
                    .doesNotContain("Remove field name from Shelf", "Add field title to Shelf");
            Migration told = new MigrationMaker(lab.source(), v3).renameField("Shelf", "name", "title").make().orElseThrow();
            assertThat(told.describe()).contains("Rename field name on Shelf to title");
            // Not asked, it is a removal plus an addition, which this data cannot take: title has no default.
            assertThatThrownBy(() -> new MigrationMaker(lab.source(), v3).make()).isInstanceOf(MigrationError.class)
                    .hasMessageContaining("Cannot add Shelf.title");
        }
    }

    @Test
    void sqlmigrateShowsEachBackendsStatements() {
        try (Lab lab = Lab.withData(tmp)) {
            String name = lab.add("alter", "{\"op\": \"AlterField\", \"model\": \"Shelf\", \"field\": "
                    + "{\"name\": \"position\", \"kind\": \"INTEGER\", \"default\": \"0\"}}");
            List<String> sql = lab.migrator().sql(name, false);
            if (TestBackend.postgres()) {
                // PostgreSQL alters the column in place, inside the migration's transaction
                assertThat(sql).containsSubsequence("ALTER TABLE \"shelf\" ALTER COLUMN \"position\" SET DEFAULT 0;",
                        "UPDATE \"shelf\" SET \"position\" = 0 WHERE \"position\" IS NULL;",
                        "ALTER TABLE \"shelf\" ALTER COLUMN \"position\" SET NOT NULL;");
                assertThat(sql).noneMatch(s -> s.contains("new__shelf"));
                assertThat(lab.migrator().pending()).containsExactly(name);
                return;
            }
            assertThat(sql).contains("INSERT INTO \"new__shelf\" (\"id\", \"name\", \"position\", \"code\") SELECT \"id\", \"name\", "
                    + "COALESCE(\"position\", 0), \"code\" FROM \"shelf\";", "DROP TABLE \"shelf\";",
                    "ALTER TABLE \"new__shelf\" RENAME TO \"shelf\";");
            assertThat(lab.migrator().pending()).containsExactly(name);
        }
    }
}
