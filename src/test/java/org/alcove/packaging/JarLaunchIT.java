package org.alcove.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/alcove.jar}, as the README gives it, runs Alcove with the options of
 * {@code jvm.options}: the jar starts itself again in a child Java, whose garbage-collection log
 * names the serial collector, and passes its arguments, output and exit code through. Runs in
 * {@code mvn verify} (failsafe, after package).
 */
class JarLaunchIT {
    private static final Path PROJECT = Path.of(System.getProperty("alcove.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/alcove.jar");

    @TempDir
    Path temp;

    @Test
    void aPlainJarLaunchRunsWithTheSerialCollectorAndPassesEverythingThrough() throws IOException, InterruptedException {
        Path db = temp.resolve("jar.alcove");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--db", db.toString(),
                "import-books", PROJECT.resolve("assets/sample/books.csv").toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // seen by the jar's Java and by the child it starts; each logs to its own file (%p: its pid)
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + temp.resolve("gc-%p.log") + " -Djava.awt.headless=true");
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();

        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).startsWith("Imported 326 books");
        List<String> logs;
        try (Stream<Path> files = Files.list(temp)) {
            logs = files.filter(f -> f.getFileName().toString().startsWith("gc-")).map(JarLaunchIT::read).toList();
        }
        assertThat(logs).as("the jar's Java and the child's").hasSize(2);
        assertThat(logs).as("the child").anySatisfy(log -> assertThat(log).contains("Using Serial"));

        Process bad = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--db", db.toString(), "search", "titel:x")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(bad.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).as("the child's exit code").isNotZero();
        assertThat(Files.readString(err)).startsWith("alcove: ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
