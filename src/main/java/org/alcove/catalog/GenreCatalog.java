package org.alcove.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alcove.orm.Count;
import org.alcove.orm.Database;
import org.alcove.orm.QuerySet;

/**
 * The catalogue's genres as the user manages them: listed with their book counts, found by name
 * or code (whatever the case, spaces, hyphens and underscores), added, renamed, merged and
 * deleted. Merging and deleting a genre in use write a backup through {@link AutoBackups} first
 * and run in one transaction; a genre with books is deleted only once they are moved to another
 * genre or left without one (the book's genre is a PROTECT foreign key, so nothing else can drop it).
 *
 * <pre>{@code
 * GenreCatalog genres = new GenreCatalog(catalog.db());
 * genres.add("Poetry");
 * genres.merge("Sci-Fi", "Science Fiction");   // every Sci-Fi book becomes Science Fiction
 * genres.delete("Poetry", Optional.empty(), false);
 * }</pre>
 *
 * Bad requests (an unknown genre, a name already taken, a blank or too long name) throw
 * {@link IllegalArgumentException} with a sentence saying what to do, and change nothing.
 */
public final class GenreCatalog {
    /** A genre with how many books it has. */
    public record Entry(Genre genre, long books) {
    }

    /** What a merge or a delete did: how many books moved (or lost their genre), and the backup written first (null when none was needed). */
    public record Result(long books, Path backup) {
    }

    /** The four genres Alcove always had, by code: a file naming one of them after it was deleted brings it back under its old name. */
    private static final Map<String, String> ORIGINAL = Map.of("FIC", "Fiction", "NON", "Non-Fiction", "SCI", "Science", "HIS", "History");

    private final Database db;

    public GenreCatalog(Database db) {
        this.db = db;
    }

    /** Every genre, by name. */
    public QuerySet<Genre> all() {
        return db.objects(Genre.class);
    }

    /** Every genre by name with its number of books (one query). */
    public List<Entry> withCounts() {
        List<Entry> out = new ArrayList<>();
        for (Genre g : all().annotate("n", Count.of("books")).orderBy("nameKey")) {
            out.add(new Entry(g, g.number("n").longValue()));
        }
        return out;
    }

    /** The genre named {@code text} (ignoring case, spaces, hyphens and underscores), else the one with that code. */
    public Optional<Genre> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Genre> byName = all().filter("nameKey", Genre.key(text)).first();
        return byName.isPresent() ? byName : all().filter("code", text.strip().toUpperCase(Locale.ROOT)).first();
    }

    /**
     * The genre {@code text} names.
     *
     * @throws IllegalArgumentException naming the genres there are
     */
    public Genre require(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException("No genre named '" + text.strip() + "'. Genres are: "
                + String.join(", ", all().valuesListFlat("name", String.class).list()) + "."));
    }

    /**
     * Adds a genre.
     *
     * @throws IllegalArgumentException for a blank or too long name, or one a genre already has (or whose code it is)
     */
    public Genre add(String name) {
        String n = checkedName(name);
        find(n).ifPresent(g -> {
            throw new IllegalArgumentException("There is already a genre '" + g.getName() + "'" + (Genre.key(n).equals(g.getNameKey()) ? "" : " (code " + g.getCode() + ")")
                    + "; rename or merge it instead.");
        });
        return db.save(new Genre(n));
    }

    /**
     * Renames a genre; its books and code stay. A change of case or spacing alone ("science fiction" to "Science Fiction") is a rename too.
     *
     * @throws IllegalArgumentException for an unknown genre, or a new name another genre has
     */
    public Genre rename(String old, String newName) {
        Genre g = require(old);
        String n = checkedName(newName);
        find(n).filter(other -> !other.equals(g)).ifPresent(other -> {
            throw new IllegalArgumentException("There is already a genre '" + other.getName() + "'; merge '" + g.getName()
                    + "' into it instead of renaming.");
        });
        g.setName(n);
        return db.save(g);
    }

    /**
     * Moves every book of {@code from} to {@code into} and deletes {@code from}, after a backup.
     * {@code into} takes {@code from}'s code when it has none, so a search for that code still finds the books.
     *
     * @throws IllegalArgumentException for an unknown genre, or a genre merged into itself
     */
    public Result merge(String from, String into) {
        Genre gone = require(from);
        Genre kept = require(into);
        if (gone.equals(kept)) {
            throw new IllegalArgumentException("'" + gone.getName() + "' and '" + kept.getName() + "' are one genre; there is nothing to merge.");
        }
        Path backup = new AutoBackups(db).write();
        long moved = db.atomic(() -> {
            long n = gone.books().update("genre", kept);
            String code = gone.getCode();
            gone.delete();
            if (kept.getCode() == null && code != null) {
                kept.setCode(code);
                db.save(kept);
            }
            return n;
        });
        return new Result(moved, backup);
    }

    /**
     * Deletes a genre. A genre with books is deleted only with somewhere for them to go: {@code moveTo}
     * names another genre, or {@code leaveWithout} leaves the books with no genre; a backup is written first.
     *
     * @throws IllegalArgumentException for an unknown genre, or one with books and neither choice made
     */
    public Result delete(String name, Optional<String> moveTo, boolean leaveWithout) {
        Genre g = require(name);
        Genre target = moveTo.map(this::require).orElse(null);
        if (g.equals(target)) {
            throw new IllegalArgumentException("Cannot move the books of '" + g.getName() + "' to itself; name another genre.");
        }
        long books = g.books().count();
        if (books > 0 && target == null && !leaveWithout) {
            throw new IllegalArgumentException("Genre '" + g.getName() + "' has " + books + (books == 1 ? " book" : " books")
                    + "; move them to another genre first (--move-to GENRE) or leave them without one (--leave-without).");
        }
        Path backup = books > 0 ? new AutoBackups(db).write() : null;
        db.atomic(() -> {
            g.books().update("genre", target);
            g.delete();
        });
        return new Result(books, backup);
    }

    /**
     * The genre {@code text} names, made if there is none (the way imports read a genre cell or a
     * mapped shelf): a name becomes a genre of that name (cut to {@link Genre#NAME_LENGTH}), one of the
     * four original codes the genre it was. Null for a blank text.
     */
    public Genre findOrAdd(String text) {
        if (text == null || Genre.key(text).isEmpty()) {
            return null;
        }
        return find(text).orElseGet(() -> {
            String code = text.strip().toUpperCase(Locale.ROOT);
            String original = ORIGINAL.get(code);
            String name = original != null ? original : clip(text.strip());
            return find(name).orElseGet(() -> db.save(original != null ? new Genre(original, code) : new Genre(name)));
        });
    }

    /** {@link #findOrAdd} that keeps what it found, so an import of half a million rows asks the database once per genre. */
    public Resolver resolver() {
        return new Resolver();
    }

    /** Finds genres by name or code and makes the missing ones, remembering both. */
    public final class Resolver {
        private final Map<String, Genre> byKey = new HashMap<>();
        private final Map<String, Genre> byCode = new HashMap<>();
        /** The texts already resolved, as the file wrote them: most rows repeat a handful, so most rows cost one lookup. */
        private final Map<String, Genre> byText = new HashMap<>();

        private Resolver() {
            for (Genre g : all()) {
                remember(g);
            }
        }

        /** The genre {@code text} names (made now when there is none), or null for a blank text. */
        public Genre resolve(String text) {
            Genre known = text == null ? null : byText.get(text);
            if (known != null) {
                return known;
            }
            String key = text == null ? "" : Genre.key(text);
            if (key.isEmpty()) {
                return null;
            }
            Genre g = byKey.get(key);
            if (g == null) {
                g = byCode.get(text.strip().toUpperCase(Locale.ROOT));
            }
            if (g == null) {
                g = findOrAdd(text);
                remember(g);
            }
            byText.put(text, g);
            return g;
        }

        private void remember(Genre g) {
            byKey.putIfAbsent(g.getNameKey(), g);
            if (g.getCode() != null) {
                byCode.putIfAbsent(g.getCode(), g);
            }
        }
    }

    private static String clip(String name) {
        return name.length() <= Genre.NAME_LENGTH ? name : name.substring(0, Genre.NAME_LENGTH);
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (Genre.key(n).isEmpty()) {
            throw new IllegalArgumentException("A genre needs a name (letters or digits, not only spaces or hyphens).");
        }
        if (n.length() > Genre.NAME_LENGTH) {
            throw new IllegalArgumentException("A genre name has at most " + Genre.NAME_LENGTH + " characters; '"
                    + n.substring(0, 20) + "...' has " + n.length() + ".");
        }
        return n;
    }
}
