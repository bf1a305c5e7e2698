package org.alcove.catalog.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files written whole or not at all: into a temporary file beside the target, forced to disk and
 * renamed over it when complete. The file keeps the permissions of the file it replaces (a new one
 * gets what creating a file gives under the user's umask, not a temporary file's 0600), and
 * leftovers of earlier runs that were killed half-way are removed.
 *
 * <p>The temporary file is named {@code .NAME.part-PID-RANDOM}: hidden, beside the target, and
 * naming the process writing it, so a later run can tell a leftover (its process is gone) from a
 * file another running export is still writing.
 */
public final class SafeFiles {
    /** Our temporary names: {@code .NAME.part-PID[-RANDOM][-journal]} (the backup's are {@code .NAME.part-PID}). */
    private static final Pattern PART = Pattern.compile("\\.(.+)\\.part-(\\d+)(?:-\\d+)?(?:-journal)?");
    private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private SafeFiles() {
    }

    /** Writes a file at a path. */
    @FunctionalInterface
    public interface Write<R> {
        R to(Path file) throws IOException;
    }

    /**
     * Runs {@code write} on a hidden temporary file in {@code target}'s folder, forces it to disk,
     * gives it the permissions of the file it replaces, then renames it to {@code target} (replacing
     * it) in one step; on any failure the temporary file is deleted and {@code target} is left as it
     * was. Leftovers of killed earlier writes of {@code target} are deleted first
     * ({@link #removeLeftovers}). An {@link UncheckedIOException} from {@code write} is rethrown as
     * its cause.
     *
     * @return what {@code write} returned
     * @throws NoSuchFileException if {@code target}'s folder does not exist
     */
    public static <R> R replace(Path target, Write<R> write) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        removeLeftovers(abs);
        Path tmp = createPart(abs);
        try {
            copyPermissions(abs, tmp);
            R result = write.to(tmp);
            force(tmp);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(dir);
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes the temporary files that killed earlier writes of {@code target} left beside it: names
     * of our own pattern whose process is no longer running (or whose process id now belongs to a
     * process started after the file was last written), and unnamed-process leftovers of older
     * releases not written since this process started. Files of a write still running elsewhere, and
     * every other file, are left alone.
     *
     * @param target the file being written
     * @return how many files were deleted
     */
    public static int removeLeftovers(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globEscape(name) + "*.part*")) {
            for (Path p : entries) {
                if (isLeftover(p, name)) {
                    try {
                        Files.deleteIfExists(p);
                        removed++;
                    } catch (IOException e) {
                        // another process may be removing it too, or the folder is read-only: not ours to fail over
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable folder leaves nothing to clean
        }
        return removed;
    }

    private static boolean isLeftover(Path part, String name) throws IOException {
        if (!Files.isRegularFile(part)) {
            return false;
        }
        String file = part.getFileName().toString();
        Instant written = Files.getLastModifiedTime(part).toInstant();
        Matcher m = PART.matcher(file);
        if (m.matches() && m.group(1).equals(name)) {
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(m.group(2)));
            if (owner.isEmpty() || !owner.get().isAlive()) {
                return true;
            }
            // a process id reused by a process started after the file was last written is not its writer
            return owner.get().info().startInstant().map(start -> start.isAfter(written)).orElse(false);
        }
        // releases before the process id was in the name wrote .NAME<digits>.part
        String prefix = "." + name;
        String middle = file.startsWith(prefix) && file.endsWith(".part") ? file.substring(prefix.length(), file.length() - ".part".length()) : "";
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit) && written.isBefore(STARTED);
    }

    private static String globEscape(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static Path createPart(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".part-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0;; attempt++) {
            Path tmp = target.resolveSibling(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createFile(tmp); // the umask's permissions, not createTempFile's 0600
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code tmp} the permissions of {@code target} if it exists (on systems with POSIX permissions). */
    private static void copyPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(permissions);
    }

    /** Forces {@code file}'s content to the disk (fsync), so the rename never exposes a file the disk does not hold yet. */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Forces a folder's entries (the rename) to the disk where the system allows it. */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a folder for syncing; the file itself is synced
        }
    }
}
