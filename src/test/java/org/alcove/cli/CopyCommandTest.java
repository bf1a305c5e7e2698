package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.copy.RichCatalogue;
import org.alcove.orm.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code alcove copy --from --to [--json]}: what it prints, and its exit codes. */
class CopyCommandTest {
    @TempDir
    Path dir;

    private Path richFile() {
        Path file = dir.resolve("source.alcove");
        try (Catalog c = Catalog.open(file)) {
            RichCatalogue.fill(c);
        }
        return file;
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void copiesAFileToPostgresqlAndBackPrintingEachTableChecked() {
        String server = EmbeddedPostgres.get().freshDatabase();
        CliRun there = CliRun.run("copy", "--from", richFile().toString(), "--to", server);
        assertThat(there.code()).as(there.err()).isZero();
        assertThat(there.out()).containsPattern("(?m)^book +2 +2  [0-9a-f]{16} ok$")
                .containsPattern("(?m)^book_tags +3 +3  [0-9a-f]{16} ok$")
                .contains("Copied " + dir.resolve("source.alcove") + " to " + server + ": 17 tables, ").contains("every count and checksum the same");
        assertThat(there.err()).contains("Copying book: 2 of 2 rows");
        CliRun back = CliRun.run("copy", "--from", server, "--to", dir.resolve("back.alcove").toString(), "--json");
        assertThat(back.code()).as(back.err()).isZero();
        JsonObject r = JsonParser.parseString(back.out()).getAsJsonObject();
        assertThat(r.get("committed").getAsBoolean()).isTrue();
        assertThat(r.get("from").getAsString()).isEqualTo(server);
        assertThat(r.getAsJsonArray("tables")).hasSize(17).allSatisfy(t -> assertMatches(t));
        CliRun search = CliRun.run("--db", dir.resolve("back.alcove").toString(), "search", "odyssey");
        assertThat(search.out()).contains("The Odyssey");
    }

    private static void assertMatches(JsonElement table) {
        JsonObject t = table.getAsJsonObject();
        assertThat(t.get("matches").getAsBoolean()).as(t.toString()).isTrue();
        assertThat(t.get("source_sha256").getAsString()).hasSize(64).isEqualTo(t.get("target_sha256").getAsString());
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedInOneLine() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.alcove"), "mine");
        CliRun run = CliRun.run("copy", "--from", richFile().toString(), "--to", taken.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("taken.alcove already exists and is not empty").doesNotContain("\n");
        assertThat(Files.readString(taken)).isEqualTo("mine");
    }

    @Test
    void aPasswordInTheConnectionStringIsRefusedInOneLine() {
        CliRun run = CliRun.run("copy", "--from", richFile().toString(), "--to", "postgresql://library:secret@localhost/catalogue");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("PGPASSWORD or ~/.pgpass").doesNotContain("\n").doesNotContain("secret");
    }

    @Test
    void aMissingSourceIsRefusedAndNoTargetIsMade() {
        CliRun run = CliRun.run("copy", "--from", dir.resolve("none.alcove").toString(), "--to", dir.resolve("copy.alcove").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("none.alcove").doesNotContain("\n");
        assertThat(dir.resolve("copy.alcove")).doesNotExist();
    }

    @Test
    @EnabledIf("org.alcove.orm.EmbeddedPostgres#available")
    void aCopyThatDiffersFromTheSourceExitsOneAndIsRolledBack() throws Exception {
        Path source = richFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            s.execute("UPDATE copy SET price = '12.345' WHERE barcode = 'A0001'"); // PostgreSQL's numeric(10, 2) rounds it
        }
        String server = EmbeddedPostgres.get().freshDatabase();
        CliRun run = CliRun.run("copy", "--from", source.toString(), "--to", server);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^copy +3 +3  [0-9a-f]{16} DIFFERS \\(source [0-9a-f]{16}\\)$").contains("rolled back");
        assertThat(run.err()).contains("the copy differs from the source in copy; it was rolled back and " + server + " is as it was.");
    }
}
