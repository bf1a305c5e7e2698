package org.alcove.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.alcove.catalog.covers.Covers;

/**
 * Puts a backup in place of a catalogue, verified and without overwriting anything: the backup is
 * copied beside the target and that copy checked ({@link CatalogCheck}: a damaged backup, or a file
 * that is not a catalogue, is refused and nothing changes); the catalogue there, if any, is closed
 * cleanly and kept aside as {@code NAME.before-restore-YYYYMMDD-HHMMSS.alcove}; then the copy is
 * renamed into place. The backup itself is only read.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * What a restore did.
     *
     * @param target the catalogue now holding the backup's contents
     * @param keptAside where the catalogue that was there went, if there was one
     * @param warnings what the check of the backup found that is not damage (migrations pending, say)
     */
    public record Result(Path target, Optional<Path> keptAside, List<CatalogCheck.Finding> warnings) {
    }

    private Restore() {
    }

    /**
     * Deletes the copies that restores killed while checking them left ({@code .NAME.restoring-PID-….alcove},
     * with their log files), those whose process is gone; a restore running now keeps its own.
     */
    private static void removeLeftovers(Path folder, String prefix) throws IOException {
        List<Path> leftovers;
        try (var files = Files.list(folder)) {
            leftovers = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(CatalogPaths.EXTENSION)).toList();
        }
        for (Path f : leftovers) {
            String rest = f.getFileName().toString().substring(prefix.length());
            int dash = rest.indexOf('-');
            long pid;
            try {
                pid = Long.parseLong(dash < 0 ? rest.substring(0, rest.length() - CatalogPaths.EXTENSION.length()) : rest.substring(0, dash));
            } catch (NumberFormatException e) {
                continue; // not a name this code gives
            }
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            Files.deleteIfExists(f);
            CatalogPaths.deleteLogFiles(f);
        }
    }

    /**
     * Restores {@code backup} to {@code target}.
     *
     * @throws IOException when a file cannot be read, written or moved (the target is then as it was)
     * @throws NotACatalogueException when the backup is damaged or not an Alcove catalogue
     */
    public static Result run(Path backup, Path target) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IOException("no backup at " + backup);
        }
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        Files.createDirectories(folder);
        if (Files.exists(abs) && Files.isSameFile(backup, abs)) {
            throw new IOException(backup + " is the catalogue itself; choose a backup");
        }
        String prefix = "." + abs.getFileName() + ".restoring-";
        removeLeftovers(folder, prefix);
        Path copy = Files.createTempFile(folder, prefix + ProcessHandle.current().pid() + "-", CatalogPaths.EXTENSION);
        try {
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            List<CatalogCheck.Finding> findings;
            try (Catalog c = Catalog.openAnyVersion(copy)) {
                findings = new CatalogCheck(c).run().findings();
            } catch (RuntimeException unreadable) {
                String why = String.valueOf(unreadable.getMessage()).replace(copy.toString(), backup.toString());
                throw new NotACatalogueException("The backup " + backup.getFileName() + " was not restored: it cannot be read as an Alcove "
                        + "catalogue (" + why + "). " + target.getFileName() + " was left as it was.");
            }
            CatalogPaths.deleteLogFiles(copy);
            List<CatalogCheck.Finding> damage = findings.stream()
                    .filter(f -> f.severity() == CatalogCheck.Severity.ERROR).toList();
            if (!damage.isEmpty()) {
                throw new NotACatalogueException("The backup " + backup.getFileName() + " was not restored: " + damage.get(0).message()
                        + (damage.size() > 1 ? " (and " + (damage.size() - 1) + " more problems)" : "") + ". " + target.getFileName()
                        + " was left as it was.");
            }
            Optional<Path> aside = Optional.empty();
            if (Files.exists(abs)) {
                try {
                    // Closing it cleanly folds its write-ahead log back into the file, so moving the file moves everything.
                    Catalog.openAnyVersion(abs).close();
                } catch (RuntimeException damaged) {
                    // A catalogue too damaged to open goes aside as it is, its log files with it (below).
                }
                String stem = abs.getFileName().toString();
                stem = stem.endsWith(CatalogPaths.EXTENSION) ? stem.substring(0, stem.length() - CatalogPaths.EXTENSION.length()) : stem;
                Path kept = folder.resolve(stem + ".before-restore-" + LocalDateTime.now().format(STAMP) + CatalogPaths.EXTENSION);
                // A second name for the catalogue first, so that a crash at any instant leaves a file
                // under the catalogue's own name: the old one until the backup's copy replaces it in one rename.
                try {
                    Files.createLink(kept, abs);
                } catch (IOException | UnsupportedOperationException noLinks) {
                    Files.move(abs, kept, StandardCopyOption.ATOMIC_MOVE); // a file system without hard links
                }
                for (String log : List.of("-wal", "-shm")) {
                    Path from = abs.resolveSibling(abs.getFileName() + log);
                    if (Files.exists(from)) {
                        Files.move(from, kept.resolveSibling(kept.getFileName() + log), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                aside = Optional.of(kept);
            }
            Files.move(copy, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Covers.copyFolder(backup, abs); // the backup's covers join the catalogue's (named by content, none is overwritten)
            // the check ran on a copy with no covers folder beside it: its missing covers are not the backup's
            return new Result(abs, aside, findings.stream().filter(f -> !f.check().equals("covers")).toList());
        } finally {
            Files.deleteIfExists(copy);
            CatalogPaths.deleteLogFiles(copy);
        }
    }
}
