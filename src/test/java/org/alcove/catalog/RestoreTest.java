package org.alcove.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    @TempDir
    Path dir;

    Path catalogueWith(String name, String... authors) {
        Path file = dir.resolve(name);
        try (Catalog c = Catalog.open(file)) {
            for (String a : authors) {
                c.authors().create(new Author(a, null));
            }
        }
        return file;
    }

    static java.util.List<String> authors(Path file) {
        try (Catalog c = Catalog.openExisting(file)) {
            return c.authors().valuesListFlat("name", String.class).list();
        }
    }

    long leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".restoring-")).count();
        }
    }

    @Test
    void aBackupReplacesTheCatalogueWhichIsKeptAside() throws Exception {
        Path backup = catalogueWith("backup.alcove", "Jane Austen");
        Path current = catalogueWith("catalogue.alcove", "George Orwell", "Émile Zola");
        byte[] backupBytes = Files.readAllBytes(backup);
        Restore.Result r = Restore.run(backup, current);
        assertThat(authors(current)).containsExactly("Jane Austen");
        Path aside = r.keptAside().orElseThrow();
        assertThat(aside.getFileName().toString()).matches("catalogue\\.before-restore-\\d{8}-\\d{6}\\.alcove");
        assertThat(authors(aside)).containsExactlyInAnyOrder("George Orwell", "Émile Zola");
        assertThat(Files.readAllBytes(backup)).isEqualTo(backupBytes);
        assertThat(r.warnings()).isEmpty();
        assertThat(leftovers()).isZero();
    }

    @Test
    void aKilledRestoresCopyIsDeletedByTheNextRestore() throws Exception {
        Path backup = catalogueWith("backup.alcove", "Jane Austen");
        Path current = catalogueWith("catalogue.alcove", "George Orwell");
        // what a restore killed while checking leaves: its copy, named for a process that is gone
        long gone = ProcessHandle.current().pid() + 100_000;
        while (ProcessHandle.of(gone).isPresent()) {
            gone++;
        }
        Path killed = Files.copy(backup, dir.resolve(".catalogue.alcove.restoring-" + gone + "-12345.alcove"));
        Path running = Files.copy(backup, dir.resolve(".catalogue.alcove.restoring-" + ProcessHandle.current().pid() + "-1.alcove"));
        Restore.run(backup, current);
        assertThat(killed).doesNotExist();
        assertThat(running).as("a restore still running keeps its copy").exists();
        assertThat(authors(current)).containsExactly("Jane Austen");
    }

    @Test
    void aDamagedBackupIsRefusedAndTheCatalogueStaysAsItWas() throws Exception {
        Path current = catalogueWith("catalogue.alcove", "George Orwell");
        byte[] before = Files.readAllBytes(current);
        Path truncated = dir.resolve("truncated.alcove");
        byte[] whole = Files.readAllBytes(catalogueWith("full.alcove", "A", "B", "C"));
        Files.write(truncated, Arrays.copyOf(whole, 100));
        assertThatThrownBy(() -> Restore.run(truncated, current)).isInstanceOf(NotACatalogueException.class)
                .hasMessageStartingWith("The backup truncated.alcove was not restored: ").hasMessageNotContaining(".restoring-");
        Path shop = dir.resolve("shop.db");
        try (Database db = Database.open(shop)) {
            db.executeScript("CREATE TABLE customers (name text)");
        }
        assertThatThrownBy(() -> Restore.run(shop, current)).isInstanceOf(NotACatalogueException.class)
                .hasMessageContaining("was not restored").hasMessageContaining("catalogue.alcove was left as it was")
                .hasMessageNotContaining(".restoring-");
        assertThat(Files.readAllBytes(current)).isEqualTo(before);
        assertThat(leftovers()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aCatalogueTooDamagedToOpenIsMovedAsideAndTheBackupRestored() throws Exception {
        Path backup = catalogueWith("backup.alcove", "Jane Austen");
        Path current = dir.resolve("catalogue.alcove");
        Files.writeString(current, "this is not a database, whatever it once was");
        Restore.Result r = Restore.run(backup, current);
        assertThat(authors(current)).containsExactly("Jane Austen");
        assertThat(Files.readString(r.keptAside().orElseThrow())).startsWith("this is not a database");
    }

    @Test
    void aNewFileGetsTheBackupWithNothingKeptAside() throws Exception {
        Path backup = catalogueWith("backup.alcove", "Jane Austen");
        Restore.Result r = Restore.run(backup, dir.resolve("sub/new.alcove"));
        assertThat(r.keptAside()).isEmpty();
        assertThat(authors(dir.resolve("sub/new.alcove"))).containsExactly("Jane Austen");
        assertThatThrownBy(() -> Restore.run(backup, backup)).hasMessageContaining("is the catalogue itself");
    }
}
