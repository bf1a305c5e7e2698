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
import org.alcove.catalog.Genre;
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
            db.objects(Book.class).create(new Book("Germinal", zola, LocalDate.of(1885, 3, 1), "9780140447422", Genre.FIC, 592));
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
