package org.alcove.catalog.covers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.io.SafeFiles;
import org.alcove.orm.Database;

/**
 * The books' cover images, kept in a folder beside the catalogue file ({@code catalogue.alcove}'s
 * are in {@code catalogue.covers/}), each file named by the SHA-256 of its content and its type
 * ({@code 3a7b….jpg}), so two books with the same image share one file. A book's {@code cover}
 * column holds that name. Files are written whole or not at all ({@link SafeFiles#replace}).
 *
 * <p>A cover's file stays while a book, or a book in the trash, refers to it: removing a cover or
 * emptying the trash lets go of the files nothing refers to any more.
 *
 * <pre>{@code
 * Covers covers = Covers.of(catalog);
 * covers.set(bookId, Path.of("front.jpg"));   // stored, named by content
 * covers.path(bookId);                         // Optional of catalogue.covers/3a7b….jpg
 * covers.remove(bookId);
 * }</pre>
 */
public final class Covers {
    /** The largest image accepted: 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** A stored cover's name: the content's SHA-256 in hex and the image type. */
    public static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(?:jpg|png|gif|bmp)");
    private static final Pattern IN_TEXT = Pattern.compile("[0-9a-f]{64}\\.(?:jpg|png|gif|bmp)");
    private static final String SUFFIX = ".covers";

    private final Database db;
    private final Path folder;

    private Covers(Database db, Path folder) {
        this.db = db;
        this.folder = folder;
    }

    /** The covers of {@code catalog}. */
    public static Covers of(Catalog catalog) {
        return of(catalog.db());
    }

    /**
     * The covers of the catalogue in {@code db}.
     *
     * @throws CoverException for a shared catalogue on a server, which has no folder beside it
     */
    public static Covers of(Database db) {
        if (db.file() == null) {
            throw new CoverException("Covers are kept beside catalogue files; a shared catalogue on a server has none.");
        }
        return new Covers(db, folderFor(db.file()));
    }

    /** The covers of {@code db} when it is a file, or empty for a shared catalogue on a server. */
    public static Optional<Covers> ofFile(Database db) {
        return db.file() == null ? Optional.empty() : Optional.of(of(db));
    }

    /** The covers folder of the catalogue file {@code catalogue}: {@code NAME.covers} beside {@code NAME.alcove}. */
    public static Path folderFor(Path catalogue) {
        Path abs = catalogue.toAbsolutePath();
        String name = abs.getFileName().toString();
        String stem = name.endsWith(CatalogPaths.EXTENSION) ? name.substring(0, name.length() - CatalogPaths.EXTENSION.length()) : name;
        return abs.resolveSibling(stem + SUFFIX);
    }

    /** The folder the covers are in (it may not exist yet). */
    public Path folder() {
        return folder;
    }

    /**
     * Stores {@code image} as the cover of book {@code bookId}, replacing its cover if it had one.
     *
     * @return the stored file's name
     * @throws CoverException when the file is not a JPEG, PNG, GIF or BMP image, is over 20 MB, cannot
     *     be read, or there is no such book; the cover is then as it was
     */
    public String set(long bookId, Path image) {
        String old = current(bookId);
        String name = store(image);
        db.atomic(() -> db.objects(Book.class).filter("id", bookId).update("cover", name));
        if (old != null && !old.equals(name)) {
            letGoUnreferenced(List.of(old));
        }
        return name;
    }

    /** Takes book {@code bookId}'s cover away; its file goes too when no other book (nor one in the trash) shows it. */
    public void remove(long bookId) {
        String old = current(bookId);
        if (old == null) {
            return;
        }
        db.objects(Book.class).filter("id", bookId).update("cover", null);
        letGoUnreferenced(List.of(old));
    }

    private String current(long bookId) {
        List<String> cover = db.objects(Book.class).filter("id", bookId).valuesListFlat("cover", String.class).list();
        if (cover.isEmpty()) {
            throw new CoverException("There is no book numbered " + bookId + "; no cover was changed.");
        }
        return cover.get(0);
    }

    /** The file of book {@code bookId}'s cover, when it has one (the file may be missing: see {@link #exists}). */
    public Optional<Path> path(long bookId) {
        List<String> cover = db.objects(Book.class).filter("id", bookId).valuesListFlat("cover", String.class).list();
        return cover.isEmpty() || cover.get(0) == null ? Optional.empty() : Optional.of(file(cover.get(0)));
    }

    /** The file a cover named {@code name} is stored in. */
    public Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new CoverException("'" + name + "' is not the name of a stored cover.");
        }
        return folder.resolve(name);
    }

    /** Whether book {@code bookId} has a cover whose file is there. */
    public boolean exists(long bookId) {
        return path(bookId).map(Files::isRegularFile).orElse(false);
    }

    /**
     * Checks and copies {@code image} into the folder under its content's name (once: a file of
     * that name holds that content already).
     *
     * @return the name
     */
    public String store(Path image) {
        String shown = image.getFileName() == null ? image.toString() : image.getFileName().toString();
        String type = typeOf(image, shown);
        String name;
        try {
            name = sha256(image) + "." + type;
        } catch (IOException e) {
            throw new CoverException(shown + " cannot be read (" + e.getMessage() + "); the cover was not changed.", e);
        }
        Path target = folder.resolve(name);
        if (Files.isRegularFile(target)) {
            return name;
        }
        try {
            Files.createDirectories(folder);
            SafeFiles.replace(target, tmp -> Files.copy(image, tmp, StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            throw new CoverException("The cover could not be written to " + folder + " (" + e.getMessage() + "); the cover was not changed.", e);
        }
        return name;
    }

    /** The image type by the file's first bytes (its name may lie), refusing what is not an image or too large. */
    private static String typeOf(Path image, String shown) {
        byte[] head = new byte[8];
        int n;
        try {
            if (!Files.isRegularFile(image)) {
                throw new CoverException(shown + " is not a file; the cover was not changed.");
            }
            if (Files.size(image) > MAX_BYTES) {
                throw new CoverException(shown + " is larger than 20 MB; choose a smaller image (the cover was not changed).");
            }
            try (InputStream in = Files.newInputStream(image)) {
                n = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new CoverException(shown + " cannot be read (" + e.getMessage() + "); the cover was not changed.", e);
        }
        int b0 = n > 0 ? head[0] & 0xff : -1;
        int b1 = n > 1 ? head[1] & 0xff : -1;
        if (n >= 3 && b0 == 0xff && b1 == 0xd8 && (head[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (n >= 8 && b0 == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "png";
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "gif";
        }
        if (n >= 2 && head[0] == 'B' && head[1] == 'M') {
            return "bmp";
        }
        throw new CoverException(shown + " is not a JPEG, PNG, GIF or BMP image; the cover was not changed.");
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The cover names books refer to, and books in the trash (whose covers stay until it is emptied). */
    public Set<String> referenced() {
        Set<String> names = new TreeSet<>(db.objects(Book.class).filter("cover__isnull", false).distinct()
                .valuesListFlat("cover", String.class).list());
        names.addAll(inTrash());
        return names;
    }

    /** The cover names the trash's snapshots of books and authors hold: what emptying it may let go. */
    public Set<String> inTrash() {
        Set<String> names = new TreeSet<>();
        if (!db.tableNames().contains("trash_item")) {
            return names;
        }
        db.query("SELECT snapshot FROM trash_item", List.of(), rs -> rs.getString(1)).forEach(s -> {
            Matcher m = IN_TEXT.matcher(s);
            while (m.find()) {
                names.add(m.group());
            }
        });
        return names;
    }

    /** The cover files in the folder, by name (none when it does not exist). */
    public List<String> stored() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new CoverException("The covers folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Deletes those of {@code names}' files that nothing refers to any more; returns how many went. */
    public int letGoUnreferenced(Collection<String> names) {
        Set<String> used = referenced();
        int gone = 0;
        for (String name : names) {
            if (!used.contains(name) && NAME.matcher(name).matches()) {
                try {
                    if (Files.deleteIfExists(folder.resolve(name))) {
                        gone++;
                    }
                } catch (IOException e) {
                    // a file that cannot be deleted stays; check reports it as an orphan
                }
            }
        }
        return gone;
    }

    /**
     * Moves the cover files nothing refers to into {@code NAME.covers-orphans/} beside the catalogue (never
     * deleting them: a user may want one back); returns the names moved.
     */
    public List<String> moveOrphansAside() throws IOException {
        List<String> orphans = orphans();
        if (orphans.isEmpty()) {
            return orphans;
        }
        Path aside = folder.resolveSibling(folder.getFileName() + "-orphans");
        Files.createDirectories(aside);
        for (String name : orphans) {
            Files.move(folder.resolve(name), aside.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        return orphans;
    }

    /** The stored files no book (in the catalogue or the trash) refers to. */
    public List<String> orphans() {
        Set<String> used = referenced();
        List<String> out = new ArrayList<>();
        for (String name : stored()) {
            if (!used.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The covers books refer to whose file is not in the folder, with a book's title each: {@code {name, title}}. */
    public List<String[]> missing() {
        Set<String> there = new TreeSet<>(stored());
        List<String[]> out = new ArrayList<>();
        db.query("SELECT cover, MIN(title) FROM book WHERE cover IS NOT NULL GROUP BY cover ORDER BY cover", List.of(),
                rs -> new String[] {rs.getString(1), rs.getString(2)}).forEach(r -> {
                    if (!there.contains(r[0])) {
                        out.add(r);
                    }
                });
        return out;
    }

    /**
     * Copies the covers folder of catalogue file {@code from} to that of {@code to} (a backup, a restore),
     * adding the files {@code to}'s folder lacks; by hard links where the file system allows, so a
     * backup beside the catalogue costs no space for its covers.
     *
     * @return how many files were added
     */
    public static int copyFolder(Path from, Path to) throws IOException {
        Path source = folderFor(from);
        if (!Files.isDirectory(source)) {
            return 0;
        }
        Path target = folderFor(to);
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
            files = list.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList();
        }
        Files.createDirectories(target);
        int added = 0;
        for (Path f : files) {
            Path t = target.resolve(f.getFileName().toString());
            if (Files.exists(t)) {
                continue;
            }
            try {
                Files.createLink(t, f);
            } catch (IOException | UnsupportedOperationException noLinks) {
                SafeFiles.replace(t, tmp -> Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING));
            }
            added++;
        }
        return added;
    }

    /** Deletes the covers folder of catalogue file {@code catalogue} (a pruned backup's), if it has one. */
    public static void deleteFolder(Path catalogue) throws IOException {
        Path folder = folderFor(catalogue);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
