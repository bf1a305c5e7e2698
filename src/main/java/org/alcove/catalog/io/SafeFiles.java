package org.alcove.catalog.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written whole or not at all: into a temporary file beside the target, renamed over it when complete. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Writes a file at a path. */
    @FunctionalInterface
    public interface Write<R> {
        R to(Path file) throws IOException;
    }

    /**
     * Runs {@code write} on a hidden temporary file in {@code target}'s folder, then renames it to
     * {@code target} (replacing it) in one step; on any failure the temporary file is deleted and
     * {@code target} is left as it was.
     *
     * @return what {@code write} returned
     */
    public static <R> R replace(Path target, Write<R> write) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            R result = write.to(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
