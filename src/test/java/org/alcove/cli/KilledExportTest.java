package org.alcove.cli;

import static org.alcove.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alcove.catalog.CatalogFixture;
import org.alcove.orm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export killed half-way leaves the file it was replacing as it was, and the next export cleans up after it. */
class KilledExportTest {
    @TempDir
    Path tmp;

    /** The seed's six books copied until the catalogue holds {@code 6 * 2^doublings} (no ISBN on the copies). */
    private Path bigCatalogue(int doublings) {
        try (Database db = CatalogFixture.seeded(tmp)) {
            List<String> columns = db.query("PRAGMA table_info(book)", List.of(), rs -> rs.getString("name")).stream()
                    .filter(c -> !c.equals("id")).toList();
            String insert = String.join(", ", columns);
            String select = columns.stream().map(c -> c.equals("isbn") ? "NULL" : c).collect(Collectors.joining(", "));
            db.atomic(() -> {
                for (int i = 0; i < doublings; i++) {
                    db.execute("INSERT INTO book (" + insert + ") SELECT " + select + " FROM book");
                }
            });
        }
        return tmp.resolve("catalog.alcove");
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".out.csv")).toList();
        }
    }

    @Test
    void aKilledExportLeavesTheOldFileAndTheNextExportRemovesItsLeftovers() throws IOException, InterruptedException {
        Path db = bigCatalogue(17); // 786,432 books: seconds of writing
        Path target = Files.writeString(tmp.resolve("out.csv"), "the previous export\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.alcove.Launcher", "--db", db.toString(), "export-books", target.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts().stream().noneMatch(KilledExportTest::hasData) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("the export is still writing when killed: " + Files.readString(tmp.resolve("child.txt"))).isTrue();
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(target).hasContent("the previous export\n");
        assertThat(parts()).as("the killed export's debris").isNotEmpty();

        CliRun again = run("--db", db.toString(), "export-books", target.toString());

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(parts()).isEmpty();
        assertThat(Files.lines(target).count()).isEqualTo(786_432 + 1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    private static boolean hasData(Path p) {
        try {
            return Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
