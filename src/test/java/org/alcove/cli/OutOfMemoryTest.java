package org.alcove.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory keeps the command line's contract: one {@code alcove:} line, exit 2, nothing committed. */
class OutOfMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void anImportThatRunsOutOfHeapExitsTwoWithOneLineAndCommitsNothing() throws IOException, InterruptedException {
        Path csv = tmp.resolve("books.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("title,author,publication_date,isbn,genre,pages\n");
            for (int i = 0; i < 400_000; i++) {
                String twelve = String.format("978%09d", i);
                w.write("Book " + i + ",Author " + (i % 5000) + ",2001-01-01," + twelve + checkDigit(twelve) + ",FIC,100\n");
            }
        }
        Path db = tmp.resolve("c.alcove");
        Path err = tmp.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx20m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "org.alcove.Launcher", "--db", db.toString(), "import-books", csv.toString()))
                .redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as(stderr).isEqualTo(2);
        assertThat(stderr).startsWith("alcove: out of memory").contains("nothing was committed", "-Xmx").hasLineCount(1);
        assertThat(db).as("the catalogue the failed import created is removed").doesNotExist();
    }

    private static String checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return Integer.toString((10 - sum % 10) % 10);
    }
}
