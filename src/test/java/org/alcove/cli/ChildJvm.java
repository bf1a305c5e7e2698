package org.alcove.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One command of Alcove's command line run in a child JVM, to be killed ({@code kill -9}: no
 * shutdown hook, no finally block, as a crash or a power cut) at a moment the test chooses. What
 * the child prints goes to a file beside its catalogue, so the test can wait for a line of it.
 *
 * <pre>{@code
 * try (ChildJvm child = ChildJvm.alcove(tmp, "--db", db.toString(), "migrate")) {
 *     child.killAfter(() -> child.printed("Applying 0005"), 30);
 * }
 * }</pre>
 */
final class ChildJvm implements AutoCloseable {
    private static final long POLL_MILLIS = 2;
    private static int started;

    private final Process process;
    private final Path output;
    private boolean killed;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code alcove ARGS...} in a child JVM with this JVM's class path; its stdout and stderr go to a file in {@code dir}. */
    static ChildJvm alcove(Path dir, String... args) {
        return start(dir, "org.alcove.Launcher", true, args);
    }

    /**
     * Starts the {@code main} of class {@code mainClass} (from this JVM's class path, the tests'
     * classes included) in a child JVM; its stdout goes to a file in {@code dir} ({@link #output()})
     * and its stderr to another ({@link #errors()}), so a test can tell what it printed from what it
     * complained of.
     */
    static ChildJvm main(Path dir, String mainClass, String... args) {
        return start(dir, mainClass, false, args);
    }

    private static synchronized ChildJvm start(Path dir, String mainClass, boolean errorsWithOutput, String... args) {
        Path output = dir.resolve("child-" + ++started + ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile());
        if (errorsWithOutput) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(errorsOf(output).toFile());
        }
        try {
            return new ChildJvm(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path errorsOf(Path output) {
        return output.resolveSibling(output.getFileName().toString().replace(".txt", ".err"));
    }

    /**
     * Waits until {@code hook} holds, then {@code delayMillis} more, then kills the child, unless it
     * ended first (or a minute passed).
     *
     * @return whether the child was killed while still at work (false: it had ended by itself)
     */
    boolean killAfter(BooleanSupplier hook, long delayMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (process.isAlive() && !hook.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        if (delayMillis > 0) {
            process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        }
        killed = process.isAlive();
        close();
        return killed;
    }

    /** Waits for the child to end by itself; its exit code. */
    int waitForExit() throws InterruptedException {
        return waitForExit(120);
    }

    /** Waits up to {@code seconds} for the child to end by itself; its exit code. */
    int waitForExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            close();
            throw new AssertionError("the child did not end within " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    /** Whether the child was killed at work by {@link #killAfter}. */
    boolean wasKilled() {
        return killed;
    }

    /** Whether the child has printed a line containing {@code text} so far. */
    boolean printed(String text) {
        return output().contains(text);
    }

    /** How many whole lines the child has printed containing {@code text}. */
    long linesWith(String text) {
        String all = output();
        int end = all.lastIndexOf('\n');
        return end < 0 ? 0 : all.substring(0, end + 1).lines().filter(l -> l.contains(text)).count();
    }

    /** What the child printed so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "";
        }
    }

    /** What a child started by {@link #main} printed on its stderr so far (empty for one started by {@link #alcove}). */
    String errors() {
        try {
            return Files.readString(errorsOf(output));
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether {@code file} exists and holds at least {@code bytes} bytes: a hook for a write under way. */
    static boolean atLeast(Path file, long bytes) {
        try {
            return Files.size(file) >= bytes;
        } catch (IOException e) {
            return false;
        }
    }

    /** Kills the child if it still runs, and waits for it to be gone. */
    @Override
    public void close() {
        process.destroyForcibly();
        boolean gone;
        try {
            gone = process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the killed child JVM", e);
        }
        if (!gone) {
            throw new AssertionError("the child JVM did not die within 30 s of kill -9");
        }
    }
}
