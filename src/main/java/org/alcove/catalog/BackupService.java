package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.alcove.catalog.covers.Covers;
import org.alcove.catalog.io.SafeFiles;

/**
 * Copies a catalogue to a backup file with SQLite's online backup, while it stays open and in use:
 * the copy is consistent, as of one moment. The covers go with it: {@code NAME.covers/} beside the
 * backup holds the catalogue's cover files (hard links where the file system allows).
 *
 * <pre>{@code
 * Path copy = new BackupService(catalog).backupToDefaultFolder();
 * }</pre>
 */
public final class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Catalog catalog;

    /**
     * A service backing up {@code catalog}.
     *
     * @param catalog the open catalogue
     */
    public BackupService(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Writes a backup to {@code target}, which must not exist yet; temporary files that killed
     * earlier backups to the same name left beside it are deleted first.
     *
     * @param target the new file
     * @return the file written
     * @throws IOException if its folder cannot be created
     * @throws org.alcove.orm.DatabaseError if the file exists or the copy fails
     */
    public Path backup(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        SafeFiles.removeLeftovers(target);
        catalog.db().backup(target);
        Covers.copyFolder(catalog.file(), target);
        return target;
    }

    /**
     * Writes a backup to {@link CatalogPaths#backupFolder()}, named after the catalogue and the time.
     *
     * @return the file written
     * @throws IOException if the folder cannot be created
     */
    public Path backupToDefaultFolder() throws IOException {
        return backup(defaultTarget(CatalogPaths.backupFolder(), LocalDateTime.now()));
    }

    /**
     * The default backup file in {@code folder} at {@code time}: {@code catalogue-20250131-142500.alcove}.
     *
     * @param folder the backups folder
     * @param time the time to stamp
     * @return the path
     */
    public Path defaultTarget(Path folder, LocalDateTime time) {
        String name = catalog.file().getFileName().toString();
        String base = name.endsWith(CatalogPaths.EXTENSION) ? name.substring(0, name.length() - CatalogPaths.EXTENSION.length()) : name;
        return folder.resolve(base + "-" + STAMP.format(time) + CatalogPaths.EXTENSION);
    }
}
