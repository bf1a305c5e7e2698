package org.alcove.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.CatalogModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database opened read-only reads as usual, refuses writes in one sentence, and immutable leaves nothing beside the file. */
@SqliteOnly("SQLite only: opening a file read-only (mode=ro, immutable media)")
class ReadOnlyDatabaseTest {
    @TempDir
    Path dir;

    private long siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void anImmutableOpeningReadsAndRefusesWritesLeavingNoFileBeside() throws IOException {
        CatalogFixture.seeded(dir).close();
        Path file = dir.resolve("catalog.alcove");
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openReadOnly(file, true, CatalogModels.array())) {
            assertThat(db.isReadOnly()).isTrue();
            assertThat(db.objects(Book.class).filter("author__name__icontains", "austen").count()).isEqualTo(3);
            assertThatThrownBy(() -> db.objects(Author.class).create(new Author("Mary Shelley", null)))
                    .isInstanceOf(DatabaseError.class)
                    .hasMessage("The database is open read-only (its file or folder cannot be written); nothing was changed");
            assertThat(siblings()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aMissingFileIsNotCreated() {
        assertThatThrownBy(() -> Database.openReadOnly(dir.resolve("none.alcove"), false, CatalogModels.array()))
                .isInstanceOf(DatabaseError.class).hasMessageContaining("there is no such file");
        assertThat(dir.resolve("none.alcove")).doesNotExist();
    }
}
