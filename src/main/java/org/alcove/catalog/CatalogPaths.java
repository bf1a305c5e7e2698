package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where Alcove keeps its files by default: the platform's per-user data folder. */
public final class CatalogPaths {
    /** The extension of catalogue files. */
    public static final String EXTENSION = ".alcove";

    private CatalogPaths() {
    }

    /** The data folder: {@code $XDG_DATA_HOME/alcove} (Linux), Application Support (macOS), {@code %APPDATA%} (Windows). */
    public static Path dataFolder() {
        String override = System.getProperty("alcove.home");
        if (override != null) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Alcove");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Alcove");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("alcove");
    }

    /** The default catalogue file. */
    public static Path defaultCatalogue() {
        return dataFolder().resolve("catalogue" + EXTENSION);
    }

    /** The folder backups are written to. */
    public static Path backupFolder() {
        return dataFolder().resolve("backups");
    }

    /**
     * Deletes the files SQLite keeps beside a database while it is open ({@code NAME-wal}, the
     * write-ahead log, and {@code NAME-shm}), if any: left by a file replaced or deleted while
     * open, they would be read as part of the new one.
     */
    public static void deleteLogFiles(Path file) throws IOException {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
