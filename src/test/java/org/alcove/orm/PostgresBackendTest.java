package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.internal.dialect.PostgresUrl;
import org.alcove.orm.migrations.MigrationProgress;
import org.alcove.orm.migrations.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL backend itself, on the embedded server: connecting by URL, typed values, RETURNING ids, sqlmigrate's SQL. */
@EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
class PostgresBackendTest {
    @TempDir
    Path dir;

    @Test
    void connectsByUrlAndStoresTypedValues() {
        try (Database db = Database.connect(EmbeddedPostgres.get().freshDatabase(), CatalogModels.array())) {
            new Migrator(db, CatalogMigrations.source()).migrate(MigrationProgress.NONE);
            Author zola = db.objects(Author.class).create(new Author("Émile Zola", LocalDate.of(1840, 4, 2)));
            db.objects(Book.class).create(new Book("Germinal", zola, LocalDate.of(1885, 3, 1), "9780140447422", SeedGenres.fic(), 592));
            assertThat(db.dialect().name()).isEqualTo("postgresql");
            assertThat(zola.getId()).isEqualTo(1L);
            assertThat(db.query("SELECT pg_typeof(publication_date)::text FROM book", List.of(), rs -> rs.getString(1))).containsExactly("date");
            assertThat(db.objects(Book.class).filter("author__name__icontains", "émile").valuesListFlat("title", String.class))
                    .containsExactly("Germinal");
            assertThat(db.objects(Book.class).filter("publicationDate__year", 1885).count()).isEqualTo(1);
            assertThat(db.objects(Book.class).get("isbn", "9780140447422").getPublicationDate()).isEqualTo(LocalDate.of(1885, 3, 1));
        }
    }

    @Test
    void theTrigramIndexOfTheSearchMigrationServesIcontains() {
        try (Database db = Database.connect(EmbeddedPostgres.get().freshDatabase(), CatalogModels.array())) {
            new Migrator(db, CatalogMigrations.source()).migrate(MigrationProgress.NONE);
            String plan = db.atomic(() -> {
                db.executeScript("SET LOCAL enable_seqscan = off"); // a tiny table would be scanned whatever the indexes
                return db.objects(Book.class).filter("title__icontains", "prejud").explain();
            });
            assertThat(plan).contains("book_title_trigram");
        }
    }

    @Test
    void theServersConstraintFailuresAreTheOrmsOwnErrorsNamingTheConstraint() {
        try (Database db = Database.connect(EmbeddedPostgres.get().freshDatabase(), CatalogModels.array())) {
            new Migrator(db, CatalogMigrations.source()).migrate(MigrationProgress.NONE);
            Author a = db.objects(Author.class).create(new Author("Ann", null));
            db.objects(Book.class).create(new Book("One", a, null, "9780140447422", SeedGenres.fic(), 1));
            assertThatThrownBy(() -> db.objects(Book.class).create(new Book("Two", a, null, "9780140447422", SeedGenres.fic(), 1)))
                    .isInstanceOfSatisfying(IntegrityError.class, e -> assertThat(e.constraint()).isEqualTo("book.isbn"))
                    .hasMessage("UNIQUE constraint failed: book.isbn");
            assertThatThrownBy(() -> db.execute("INSERT INTO author (name, biography) VALUES (NULL, '')"))
                    .isInstanceOfSatisfying(IntegrityError.class, e -> assertThat(e.constraint()).isEqualTo("author.name"));
            assertThatThrownBy(() -> db.execute("UPDATE book SET pages = -1"))
                    .isInstanceOf(IntegrityError.class).hasMessageStartingWith("CHECK constraint failed: book_pages_check");
            assertThatThrownBy(() -> db.atomic(() -> {
                db.execute("UPDATE book SET author_id = 999");
                db.executeScript("SET CONSTRAINTS ALL IMMEDIATE");
            })).isInstanceOf(IntegrityError.class).hasMessageContaining("FOREIGN KEY constraint failed");
            assertThatThrownBy(() -> db.execute("SELECT nonsense FROM book")).isInstanceOf(DatabaseError.class)
                    .hasMessageContaining("[in: SELECT nonsense FROM book]");
        }
        assertThatThrownBy(() -> Database.connect(EmbeddedPostgres.get().url("no_such_database")))
                .isInstanceOf(DatabaseError.class).hasMessageContaining("no such database");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithTheWayOut() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://library:secret@server/catalogue"))
                .isInstanceOf(DatabaseError.class).hasMessageContaining("PGPASSWORD or ~/.pgpass");
    }

    @Test
    void theUrlGivesTheDriverItsPartsAndThePasswordFromTheEnvironment() {
        PostgresUrl url = PostgresUrl.parse("postgresql://library@school-server/catalogue?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://school-server:5432/catalogue");
        var props = url.properties(name -> name.equals("PGPASSWORD") ? "from-env" : null);
        assertThat(props.getProperty("user")).isEqualTo("library");
        assertThat(props.getProperty("password")).isEqualTo("from-env");
        assertThat(props.getProperty("sslmode")).isEqualTo("require");
        assertThat(url.properties(name -> null).getProperty("password")).isNull();
    }
}
