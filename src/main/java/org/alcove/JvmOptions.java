package org.alcove;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Java options Alcove runs with, from one list ({@code jvm.options} beside this class): the
 * installer's launcher and {@code mvn javafx:run} pass them to Java themselves, and a plain
 * {@code java -jar alcove.jar}, which cannot, starts Alcove again in a child Java with them. Without
 * them the JVM's default collector lets a 500,000-book import grow to over a gigabyte (it collects
 * late because the default heap may grow to a quarter of the machine's memory).
 *
 * <p>Options the user gives ({@code java -Xmx2g -jar alcove.jar}) are kept: a launch with any
 * {@code -X} option of its own, or with {@value #MARK} set, is not started again.
 */
final class JvmOptions {
    /** The system property that says the options are in place (set by each launch path). */
    static final String MARK = "alcove.jvm";

    private JvmOptions() {
    }

    /** The options, one per line of {@code jvm.options}, without its comments. */
    static List<String> options() {
        try (InputStream in = JvmOptions.class.getResourceAsStream("jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the jar");
            }
            List<String> options = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
            return List.copyOf(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command that starts Alcove again with {@link #options()}, or empty when this Java should
     * run it itself: not from a jar (a development classpath), already marked, or given options of
     * the user's own.
     *
     * @param java this Java's executable
     * @param jar the jar this class was loaded from, if it was
     * @param launch this process's arguments, the options before {@code -jar} first (empty when unknown)
     * @param mark the value of {@value #MARK}, or null
     * @param args Alcove's own arguments
     */
    static Optional<List<String>> relaunch(String java, Optional<Path> jar, List<String> launch, String mark, String... args) {
        if (jar.isEmpty() || mark != null) {
            return Optional.empty();
        }
        List<String> own = new ArrayList<>();
        for (String option : launch) {
            if (option.equals("-jar")) {
                break;
            }
            if (option.startsWith("-X")) {
                return Optional.empty(); // the user chose the heap or the collector: theirs stands
            }
            if (option.startsWith("-D") || option.startsWith("-ea") || option.startsWith("-enableassertions")) {
                own.add(option); // java -Duser.home=… -jar: the child sees the same properties
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options());
        command.addAll(own);
        command.add("-D" + MARK + "=jar");
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** {@link #relaunch} for this process. */
    static Optional<List<String>> relaunch(String... args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        String java = self.command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return relaunch(java, jar(), self.arguments().map(List::of).orElse(List.of()), System.getProperty(MARK), args);
    }

    /**
     * Runs {@code command} with this process's standard streams and returns its exit code; the child
     * ends with this process (a shutdown hook), and Ctrl+C reaches both. Empty when it cannot start.
     */
    static Optional<Integer> run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty(); // run here, without the options, rather than not at all
        }
        Thread stop = new Thread(child::destroy, "alcove-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean interrupted = false;
        while (true) {
            try {
                int code = child.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(code);
            } catch (InterruptedException e) {
                interrupted = true;
                child.destroy(); // and wait for it to end
            } catch (IllegalStateException shuttingDown) {
                return Optional.of(child.exitValue());
            }
        }
    }

    private static Optional<Path> jar() {
        try {
            var source = JvmOptions.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
