package org.alcove.catalog.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogModels;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.alcove.orm.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/** {@link CatalogueCopy}: a whole catalogue moved between files and a PostgreSQL database, verified, or nothing changed. */
class CatalogueCopyTest {
    @TempDir
    Path dir;

    private Path richFile(String name) {
        Path file = dir.resolve(name);
        try (Catalog c = Catalog.open(file)) {
            RichCatalogue.fill(c);
        }
        return file;
    }

    private static Map<String, List<String>> rowsOf(String where) {
        try (Catalog c = Catalog.openExisting(where)) {
            return RichCatalogue.rows(c.db());
        }
    }

    private static void sql(Path file, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> tablesOf(String url) {
        try (Database db = Database.connect(url, CatalogModels.array())) {
            return db.tableNames();
        }
    }

    @Test
    void aFileCopiedToANewFileHoldsEveryRowOfTheSource() {
        Path source = richFile("source.alcove");
        Map<String, List<String>> before = rowsOf(source.toString());
        CatalogueCopy.Report report = CatalogueCopy.copy(source.toString(), dir.resolve("copy.alcove").toString(), CatalogueCopy.Listener.NONE);
        assertThat(report.committed()).isTrue();
        assertThat(report.mismatches()).isEmpty();
        assertThat(rowsOf(dir.resolve("copy.alcove").toString())).isEqualTo(before);
        assertThat(rowsOf(source.toString())).isEqualTo(before);
        // every table the catalogue has holds something, so that the comparison covers each kind of row
        assertThat(report.tables()).allSatisfy(t -> assertThat(t.sourceRows()).as(t.table()).isPositive());
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void aRoundTripThroughPostgresqlGivesBackEveryRow() {
        Path source = richFile("source.alcove");
        String server = EmbeddedPostgres.get().freshDatabase();
        List<String> progress = new ArrayList<>();
        CatalogueCopy.Report there = CatalogueCopy.copy(source.toString(), server, (table, copied, total) -> progress.add(table + " " + copied + "/" + total));
        assertThat(there.committed()).isTrue();
        assertThat(progress).contains("book 2/2", "book_tags 3/3");
        CatalogueCopy.Report back = CatalogueCopy.copy(server, dir.resolve("back.alcove").toString(), CatalogueCopy.Listener.NONE);
        assertThat(back.committed()).isTrue();
        assertThat(back.tables()).isEqualTo(there.tables()); // the same checksums on SQLite and on PostgreSQL
        assertThat(rowsOf(dir.resolve("back.alcove").toString())).isEqualTo(rowsOf(source.toString()));
        try (Catalog shared = Catalog.openExisting(server)) { // ids go on past the copied ones
            long max = shared.db().objects(Tag.class).orderBy("-id").first().orElseThrow().getId();
            assertThat(shared.db().objects(Tag.class).create(new Tag("New")).getId()).isGreaterThan(max);
        }
    }

    @Test
    void aTargetFileThatIsNotEmptyIsRefusedAndLeftAsItIs() throws Exception {
        Path source = richFile("source.alcove");
        Path other = richFile("other.alcove");
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> CatalogueCopy.copy(source.toString(), other.toString(), CatalogueCopy.Listener.NONE))
                .isInstanceOf(TargetNotEmptyException.class).hasMessageContaining("other.alcove already exists and is not empty")
                .hasMessageContaining("nothing was changed");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void anEmptyTargetFileIsFilled() throws Exception {
        Path source = richFile("source.alcove");
        Path empty = Files.createFile(dir.resolve("empty.alcove"));
        assertThat(CatalogueCopy.copy(source.toString(), empty.toString(), CatalogueCopy.Listener.NONE).committed()).isTrue();
        assertThat(rowsOf(empty.toString())).isEqualTo(rowsOf(source.toString()));
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void aDatabaseThatIsNotEmptyIsRefused() {
        String server = EmbeddedPostgres.get().freshDatabase();
        try (Catalog c = Catalog.open(server, false)) {
            RichCatalogue.fill(c);
        }
        Map<String, List<String>> before = rowsOf(server);
        assertThatThrownBy(() -> CatalogueCopy.copy(richFile("source.alcove").toString(), server, CatalogueCopy.Listener.NONE))
                .isInstanceOf(TargetNotEmptyException.class).hasMessageContaining("is not empty");
        assertThat(rowsOf(server)).isEqualTo(before);
    }

    @Test
    void aCopyThatFailsLeavesNoFileBehind() throws Exception {
        Path source = richFile("source.alcove");
        sql(source, "UPDATE contribution SET author_id = 9999 WHERE id = (SELECT MAX(id) FROM contribution)"); // a broken reference
        Path target = dir.resolve("copy.alcove");
        assertThatThrownBy(() -> CatalogueCopy.copy(source.toString(), target.toString(), CatalogueCopy.Listener.NONE));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("source.alcove");
        }
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void aCopyThatFailsOnPostgresqlLeavesTheDatabaseEmpty() throws Exception {
        Path source = richFile("source.alcove");
        sql(source, "UPDATE book SET title = printf('%.300c', 'x') WHERE id = 1"); // SQLite keeps what PostgreSQL's varchar(200) refuses
        String server = EmbeddedPostgres.get().freshDatabase();
        assertThatThrownBy(() -> CatalogueCopy.copy(source.toString(), server, CatalogueCopy.Listener.NONE)).hasMessageContaining("too long");
        assertThat(tablesOf(server)).isEmpty();
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void aValueThatPostgresqlCannotHoldExactlyFailsTheChecksumAndTheCopyIsRolledBack() throws Exception {
        Path source = richFile("source.alcove");
        sql(source, "UPDATE copy SET price = '12.345' WHERE barcode = 'A0001'"); // PostgreSQL's numeric(10, 2) rounds it
        String server = EmbeddedPostgres.get().freshDatabase();
        CatalogueCopy.Report report = CatalogueCopy.copy(source.toString(), server, CatalogueCopy.Listener.NONE);
        assertThat(report.committed()).isFalse();
        assertThat(report.mismatches()).extracting(CatalogueCopy.TableCheck::table).containsExactly("copy");
        assertThat(report.mismatches().get(0).targetRows()).isEqualTo(report.mismatches().get(0).sourceRows());
        assertThat(tablesOf(server)).isEmpty();
    }
}
