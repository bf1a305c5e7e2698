package org.alcove.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a catalogue file can be opened, judged from the file and its folder before SQLite is let near
 * it. A catalogue is written in write-ahead-log mode, which needs the file and its folder (for the
 * {@code -wal} and {@code -shm} files) writable; on a read-only mount, a write-protected file or a
 * folder of someone else's, reading commands open it read-only instead, and writing ones refuse.
 */
public enum CatalogueAccess {
    /** The file (or, for a new one, its folder) can be written: opened as usual. */
    READ_WRITE,
    /** The file or its folder cannot be written, but a log beside it may still be in use: SQLite's {@code mode=ro}. */
    READ_ONLY,
    /**
     * The folder cannot be written and holds no log: no writer in write-ahead-log mode can be at
     * work on the file, so it cannot change while open ({@code mode=ro&immutable=1}, which needs no
     * lock or log file beside it — the only way to read a catalogue on read-only media).
     */
    READ_ONLY_IMMUTABLE;

    /**
     * The access to {@code file} on this system.
     *
     * @param file the catalogue file, which need not exist
     * @return how it can be opened
     */
    public static CatalogueAccess of(Path file) {
        Path abs = file.toAbsolutePath();
        Path folder = abs.getParent();
        boolean exists = Files.exists(abs);
        boolean folderWritable = folder == null || !Files.isDirectory(folder) || Files.isWritable(folder);
        return decide(exists, exists && Files.isWritable(abs), folderWritable,
                Files.exists(abs.resolveSibling(abs.getFileName() + "-wal")));
    }

    /**
     * The decision of {@link #of}, from what was found.
     *
     * @param exists whether the file exists
     * @param fileWritable whether it can be written
     * @param folderWritable whether its folder can be written (or does not exist yet, and will be made)
     * @param logBeside whether a write-ahead log ({@code NAME-wal}) lies beside it
     * @return how to open it
     */
    static CatalogueAccess decide(boolean exists, boolean fileWritable, boolean folderWritable, boolean logBeside) {
        if (folderWritable && (!exists || fileWritable)) {
            return READ_WRITE;
        }
        return !folderWritable && !logBeside ? READ_ONLY_IMMUTABLE : READ_ONLY;
    }

    /** Whether writes are possible. */
    public boolean writable() {
        return this == READ_WRITE;
    }
}
