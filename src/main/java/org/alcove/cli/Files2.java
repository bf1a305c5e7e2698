package org.alcove.cli;

import java.nio.file.Files;
import java.nio.file.Path;


/** Checks on the files a command is given, so a mistake reads as one clear line. */
final class Files2 {
    private Files2() {
    }

    /** Fails with "no such file: books.csv" unless {@code file} is a readable file. */
    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new CliError("no such file: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliError("cannot read " + file + ": not a readable file");
        }
    }

    /** Fails unless the folder {@code file} goes in exists. */
    static void requireFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CliError("no such folder: " + parent);
        }
    }

    /** A problem with what the user asked for; the root prints its message and exits 2. */
    static final class CliError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CliError(String message) {
            super(message);
        }
    }

}
