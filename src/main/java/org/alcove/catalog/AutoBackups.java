package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alcove.catalog.covers.Covers;
import org.alcove.orm.Database;
import org.alcove.orm.DatabaseError;

/**
 * The rotating folder of automatic backups beside a catalogue, {@code backups/NAME-YYYYMMDD-HHMMSS.alcove}:
 * written before a migration, an import into a catalogue that holds books, a merge and a repair,
 * and once a day when the window opens the catalogue. The newest {@link #kept()} stay (ten unless
 * the environment variable {@code ALCOVE_KEEP_BACKUPS} says otherwise); older ones of this
 * catalogue are deleted after each new one. Other files in the folder are never touched.
 */
public final class AutoBackups {
    /** How many automatic backups stay unless {@code ALCOVE_KEEP_BACKUPS} says otherwise. */
    public static final int DEFAULT_KEPT = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The time stamp and the number within its second in a backup's name. */
    private static final Pattern STAMPED = Pattern.compile("-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.");

    private final Database db;
    private final Path folder;
    private final String stem;
    private final Pattern mine;

    public AutoBackups(Database db) {
        this.db = db;
        Path file = db.file().toAbsolutePath();
        this.folder = file.getParent().resolve("backups");
        String name = file.getFileName().toString();
        this.stem = name.endsWith(CatalogPaths.EXTENSION) ? name.substring(0, name.length() - CatalogPaths.EXTENSION.length()) : name;
        this.mine = Pattern.compile(Pattern.quote(stem) + "-(\\d{8})-(\\d{6})(?:-(\\d+))?" + Pattern.quote(CatalogPaths.EXTENSION));
    }

    /** The folder the backups go to. */
    public Path folder() {
        return folder;
    }

    /** How many automatic backups are kept: {@code ALCOVE_KEEP_BACKUPS} when it is a number of at least 1, else ten. */
    public static int kept() {
        String v = System.getenv("ALCOVE_KEEP_BACKUPS");
        try {
            return v == null ? DEFAULT_KEPT : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEPT;
        }
    }

    /**
     * Writes a backup now (checked, fsynced and renamed into place by the database), then deletes
     * this catalogue's automatic backups beyond the newest {@link #kept()}.
     *
     * @return the file written
     * @throws DatabaseError when the folder cannot be made or the copy fails
     */
    public synchronized Path write() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseError("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        String stamp = LocalDateTime.now().format(STAMP);
        // Several writes within one second are numbered after the highest number of that second,
        // never reusing a name pruned meanwhile, so names sort in the order the copies were made.
        int last = 0;
        for (Path p : list()) {
            Matcher m = mine.matcher(p.getFileName().toString());
            if (m.matches() && (m.group(1) + "-" + m.group(2)).equals(stamp)) {
                last = Math.max(last, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            }
        }
        String base = stem + "-" + stamp;
        Path target = folder.resolve(base + (last == 0 ? "" : "-" + (last + 1)) + CatalogPaths.EXTENSION);
        for (int n = last + 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + CatalogPaths.EXTENSION);
        }
        db.backup(target);
        try {
            Covers.copyFolder(db.file(), target);
        } catch (IOException e) {
            throw new DatabaseError("Cannot copy the covers beside the backup " + target + ": " + e.getMessage(), e);
        }
        prune(kept(), target);
        return target;
    }

    /** A backup when none of this catalogue's was written today: the window's daily copy. */
    public Optional<Path> daily() {
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        for (Path p : list()) {
            Matcher m = mine.matcher(p.getFileName().toString());
            if (m.matches() && m.group(1).equals(today)) {
                return Optional.empty();
            }
        }
        return Optional.of(write());
    }

    /** This catalogue's automatic backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> mine.matcher(p.getFileName().toString()).matches()).forEach(out::add);
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(AutoBackups::order).reversed());
        return out;
    }

    /** Sorts by stamp, then by the number added within one second. */
    private static String order(Path p) {
        String name = p.getFileName().toString();
        Matcher m = STAMPED.matcher(name);
        if (!m.find()) {
            return name;
        }
        return m.group(1) + m.group(2) + String.format("%06d", m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    }

    private void prune(int keep, Path justWritten) {
        List<Path> all = list();
        for (int i = keep; i < all.size(); i++) {
            if (!all.get(i).equals(justWritten)) {
                try {
                    Files.deleteIfExists(all.get(i));
                    Covers.deleteFolder(all.get(i));
                } catch (IOException e) {
                    // an old backup that cannot be deleted stays; the new one is written all the same
                }
            }
        }
    }
}
