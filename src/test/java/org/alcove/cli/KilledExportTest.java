package org.alcove.cli;

import static org.alcove.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An export killed half-way leaves the file it was replacing as it was, and the next export cleans up after it. */
class KilledExportTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final KillPoints kills = new KillPoints();

    private List<Path> parts() {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.csv")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aKilledExportLeavesTheOldFileAndTheNextExportRemovesItsLeftovers() throws IOException, InterruptedException {
        Path db = BigCatalogue.in(tmp, 14); // 98,304 books: a second or so of writing
        CatalogueState before = CatalogueState.of(db);
        Path target = Files.writeString(tmp.resolve("out.csv"), "the previous export\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "export-books", target.toString())) {
            boolean atWork = child.killAfter(() -> parts().stream().anyMatch(p -> ChildJvm.atLeast(p, 1)), kills.millis(0, 50));
            assertThat(atWork).as("the export is still writing when killed: " + child.output()).isTrue();
        }
        assertThat(target).hasContent("the previous export\n");
        assertThat(parts()).as("the killed export's debris").isNotEmpty();
        CatalogueState.assertSoundAndOneOf(db, before);

        CliRun again = run("--db", db.toString(), "export-books", target.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(parts()).isEmpty();
        assertThat(Files.lines(target).count()).isEqualTo(98_304 + 1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

}
