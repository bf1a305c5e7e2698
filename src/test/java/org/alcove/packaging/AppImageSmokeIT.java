package org.alcove.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Linux app-image with {@code installer/build-linux.sh --image-only} (the command users
 * run) from the packaged {@code target/alcove.jar} and runs its launcher, headless and without a
 * display. Runs in {@code mvn verify} (failsafe, after package). jlink takes about half a minute,
 * so the image is kept under {@code target/app-image-it/<hash>} and reused while the jar, the
 * script and {@code installer/app-image.args} are unchanged.
 */
class AppImageSmokeIT {
    private static final Path PROJECT = Path.of(System.getProperty("alcove.basedir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/alcove.jar");
    private static final Path SCRIPT = PROJECT.resolve("installer/build-linux.sh");
    private static final Path ARGS = PROJECT.resolve("installer/app-image.args");
    private static final Path CACHE = PROJECT.resolve("target/app-image-it");
    private static final long BUILD_TIMEOUT_SECONDS = 600;

    private static Path launcher;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildAppImage() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "the app-image smoke test runs on Linux (installer/build-linux.sh); on macOS and Windows build with "
                        + "installer/build-macos.sh or installer/build-windows.ps1 and run the launcher by hand");
        Optional<Path> jpackage = findJpackage();
        assumeTrue(jpackage.isPresent(), "jpackage not found: not on PATH, in $JAVA_HOME/bin or in "
                + System.getProperty("java.home") + "/bin; install a full JDK 17 (Debian: apt-get install openjdk-17-jdk)");
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").isRegularFile();

        Path dest = CACHE.resolve(inputsHash());
        launcher = dest.resolve("Alcove/bin/Alcove");
        if (Files.isExecutable(launcher)) {
            return;
        }
        deleteRecursively(CACHE);
        Files.createDirectories(dest);
        Map<String, String> env = Map.of("JAVA_HOME", jpackage.get().getParent().getParent().toString());
        Run build = run(dest.getParent().resolve(dest.getFileName() + ".log"), env, BUILD_TIMEOUT_SECONDS,
                "bash", SCRIPT.toString(), "--image-only", "--dest", dest.toString());
        assertThat(build.exitCode()).as("installer/build-linux.sh --image-only:\n%s", build.output()).isZero();
        assertThat(launcher).isExecutable();
    }

    @Test
    void launcherPrintsTheVersion() throws IOException, InterruptedException {
        Run run = runLauncher("--version");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stdout().strip()).isEqualTo("Alcove " + System.getProperty("alcove.version"));
    }

    @Test
    void launcherPrintsTheCommands() throws IOException, InterruptedException {
        Run run = runLauncher("--help");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stdout()).startsWith("Usage: alcove")
                .contains("import-books", "export-books", "stats", "search", "backup", "migrate");
    }

    /** The jlinked runtime holds what SQLite, the CLI's CSV import and the JSON output need. */
    @Test
    void launcherImportsTheSampleIntoANewCatalogue() throws IOException, InterruptedException {
        String db = temp.resolve("smoke.alcove").toString();

        Run imported = runLauncher("--db", db, "import-books", PROJECT.resolve("assets/sample/books.csv").toString());
        Run stats = runLauncher("--db", db, "stats", "--json");

        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(stats.exitCode()).as(stats.output()).isZero();
        assertThat(stats.stdout()).contains("\"books\":326");
    }

    /** Runs the launcher as a user's shell would, but with no display and a private home folder. */
    private Run runLauncher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path home = Files.createDirectories(temp.resolve("home"));
        return run(temp.resolve("launcher.log"), Map.of("HOME", home.toString(), "JAVA_TOOL_OPTIONS",
                "-Duser.home=" + home + " -Djava.awt.headless=true"), 120, command.toArray(String[]::new));
    }

    private record Run(int exitCode, String stdout, String stderr) {
        String output() {
            return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private static Run run(Path log, Map<String, String> env, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(log.getParent(), "out", ".txt");
        Path err = log;
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        return run;
    }

    private static Optional<Path> findJpackage() {
        Stream<String> dirs = Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                Stream.of(System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                        .filter(h -> h != null && !h.isBlank()).map(h -> Path.of(h, "bin").toString()));
        return dirs.filter(d -> !d.isBlank()).map(d -> Path.of(d, "jpackage"))
                .filter(Files::isExecutable).map(AppImageSmokeIT::realPath).findFirst();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the image is built from: the jar's entries (names, sizes and CRCs, not its bytes, which
     * change with the timestamps of every rebuild), the script and the shared jpackage options.
     */
    private static String inputsHash() throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (ZipFile jar = new ZipFile(JAR.toFile())) {
                jar.stream().forEach(e -> sha.update(
                        (e.getName() + ' ' + e.getSize() + ' ' + e.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
            }
            sha.update(Files.readAllBytes(SCRIPT));
            sha.update(Files.readAllBytes(ARGS));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
