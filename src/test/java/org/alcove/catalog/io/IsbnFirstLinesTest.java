package org.alcove.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first line of every ISBN is found again after the table has spilled to disk, in any order, and the files go on close. */
class IsbnFirstLinesTest {

    private static String isbn(long n) {
        return Long.toString(9_780_000_000_000L + n);
    }

    @TempDir
    Path tmp;

    @Test
    void firstLinesAreFoundAcrossSpilledAndMergedRunsInRandomOrder() throws IOException {
        Random random = new Random(25);
        Map<String, Long> expected = new HashMap<>();
        try (IsbnFirstLines seen = new IsbnFirstLines(64, tmp)) {
            for (long line = 2; line < 40_000; line++) { // 64 per run: hundreds of runs, merged over three levels
                String isbn = isbn(random.nextInt(30_000));
                Long first = expected.putIfAbsent(isbn, line);
                assertThat(seen.putIfAbsent(isbn, line)).as("line %d", line).isEqualTo(first == null ? 0 : first);
            }
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                assertThat(seen.lineOf(e.getKey())).isEqualTo(e.getValue());
            }
            assertThat(seen.lineOf(isbn(30_001))).isZero();
        }
    }

    @Test
    void theTemporaryFilesAreDeletedOnClose() throws IOException {
        IsbnFirstLines seen = new IsbnFirstLines(16, tmp);
        for (int i = 1; i <= 1000; i++) {
            seen.putIfAbsent(isbn(i), i);
        }
        assertThat(spillFolders(tmp)).isEqualTo(1);
        seen.close();
        assertThat(spillFolders(tmp)).isZero();
    }

    @Test
    void aMillionIsbnsFitInASixteenMegabyteHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("fill.txt");
        Process p = new ProcessBuilder(List.of(java, "-Xmx16m", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Fill.class.getName(), "1000000"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).isEqualTo("first line of the last ISBN: 1000001\n");
    }

    /** Records N distinct ISBNs (one per line from line 2), then asks for the last one's line. */
    static final class Fill {
        public static void main(String[] args) throws IOException {
            int n = Integer.parseInt(args[0]);
            try (IsbnFirstLines seen = new IsbnFirstLines()) {
                for (int i = 0; i < n; i++) {
                    seen.putIfAbsent(isbn(i * 7L % n), i + 2);
                }
                System.out.println("first line of the last ISBN: " + seen.lineOf(isbn((n - 1) * 7L % n)));
            }
        }
    }

    private static long spillFolders(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("alcove-isbns-")).count();
        }
    }
}
