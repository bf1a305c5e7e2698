package org.alcove.orm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.TestBackend;
import org.alcove.orm.Model;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.testmodels.Credit;
import org.alcove.orm.testmodels.Tag;
import org.alcove.orm.testmodels.Work;
import org.alcove.orm.testmodels.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations gives an auto-created through table a CreateModel of its own, after both sides. */
class ManyToManyMigrationTest {
    private static final List<Class<? extends Model>> MODELS = List.of(Tag.class, Writer.class, Work.class, Credit.class);

    @TempDir
    Path tmp;

    @Test
    void theThroughTableIsCreatedMigratedAndRolledBack() {
        Path dir = tmp.resolve("migrations");
        MigrationSource source = MigrationSource.directory("m2m", dir);
        Migration initial = new MigrationMaker(source, MODELS).make().orElseThrow();
        assertThat(initial.describe()).containsExactly("Create model Tag", "Create model Writer", "Create model Work",
                "Create model Credit", "Create model Work_tags");
        MigrationMaker.write(initial, dir);
        assertThat(new MigrationMaker(source, MODELS).make()).isEmpty();

        try (Database db = TestBackend.open(tmp.resolve("m2m.sqlite3"), Tag.class, Writer.class, Work.class, Credit.class)) {
            Migrator migrator = new Migrator(db, source);
            migrator.migrate(MigrationProgress.NONE);
            assertThat(db.schemaEditor().columnNames("t_work_tags")).containsExactly("id", "work_id", "tag_id");
            assertThat(db.schemaEditor().indexes("t_work_tags")).extracting(IndexDef::name)
                    .contains("t_work_tags_work_id_tag_id_uniq", "t_work_tags_tag_id_idx");
            Work dune = db.objects(Work.class).create(new Work("Dune", 600));
            Tag classic = db.objects(Tag.class).create(new Tag("classic"));
            dune.tags().add(classic);
            assertThat(db.objects(Work.class).filter("tags__name", "classic").count()).isEqualTo(1);

            migrator.migrate("zero", MigrationProgress.NONE);
            assertThat(db.schemaEditor().columnNames("t_work_tags")).isEmpty();
        }
    }
}
