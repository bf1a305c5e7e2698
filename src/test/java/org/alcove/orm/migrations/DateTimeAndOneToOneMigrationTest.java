package org.alcove.orm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.alcove.orm.Database;
import org.alcove.orm.TestBackend;
import org.alcove.orm.IntegrityError;
import org.alcove.orm.Model;
import org.alcove.orm.internal.schema.IndexDef;
import org.alcove.orm.testmodels.Passport;
import org.alcove.orm.testmodels.Person;
import org.alcove.orm.testmodels.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations writes a date-and-time field and a one-to-one relation's unique column, and they round-trip. */
class DateTimeAndOneToOneMigrationTest {
    private static final List<Class<? extends Model>> MODELS = List.of(Person.class, Passport.class, Visit.class);

    @TempDir
    Path tmp;

    @Test
    void theColumnsAreMadeMigratedAndRolledBack() throws Exception {
        Path dir = tmp.resolve("migrations");
        MigrationSource source = MigrationSource.directory("people", dir);
        Migration initial = new MigrationMaker(source, MODELS).make().orElseThrow();
        MigrationMaker.write(initial, dir);
        String json = Files.readString(dir.resolve(initial.name() + ".json"));
        assertThat(json).contains("\"DATETIME\"");
        assertThat(new MigrationMaker(source, MODELS).make()).isEmpty();

        try (Database db = TestBackend.open(tmp.resolve("people.sqlite3"), Person.class, Passport.class, Visit.class)) {
            Migrator migrator = new Migrator(db, source);
            migrator.migrate(MigrationProgress.NONE);
            if (TestBackend.postgres()) {
                assertThat(db.query("SELECT data_type FROM information_schema.columns WHERE table_name = 't_visit' AND column_name = 'arrived'",
                        List.of(), rs -> rs.getString(1))).containsExactly("timestamp without time zone");
            } else {
                assertThat(db.query("SELECT type FROM pragma_table_info('t_visit') WHERE name = 'arrived'", List.of(), rs -> rs.getString(1)))
                        .containsExactly("datetime");
            }
            assertThat(db.schemaEditor().indexes("t_passport")).anyMatch(IndexDef::unique);
            Person ann = db.objects(Person.class).create(new Person("Ann", null));
            db.objects(Passport.class).create(new Passport(ann, "P1", "FR"));
            assertThatThrownBy(() -> db.objects(Passport.class).create(new Passport(ann, "P2", "FR"))).isInstanceOf(IntegrityError.class);
            db.objects(Visit.class).create(new Visit(ann, LocalDateTime.of(2026, 12, 7, 13, 15), null, "A"));
            assertThat(db.objects(Visit.class).filter("arrived__hour", 13).count()).isEqualTo(1);
            migrator.migrate("zero", MigrationProgress.NONE);
            assertThat(db.schemaEditor().columnNames("t_visit")).isEmpty();
        }
    }
}
