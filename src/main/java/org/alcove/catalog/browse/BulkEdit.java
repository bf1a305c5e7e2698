package org.alcove.catalog.browse;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.FieldLimits;
import org.alcove.catalog.Genre;
import org.alcove.catalog.Loan;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Tag;
import org.alcove.catalog.TrashItem;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.trash.RowSnapshot;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.undo.UndoHistory;
import org.alcove.orm.OrmException;

/**
 * Changes to several books at once, as the window's bulk panel (and {@code alcove bulk}) makes them:
 * add or remove a tag, set the genre or the reading status, delete into the trash. Each is checked
 * first (bad input changes nothing and writes no backup), then preceded by an automatic backup
 * ({@link AutoBackups}), made in one transaction, and recorded as one undo step named for it
 * ("Add tag “Summer” to 12 books"). Books with a copy on loan are not deleted; the result says how many.
 *
 * <pre>{@code
 * BulkResult r = editing.bulk().addTag(List.of(3L, 8L, 13L), "Summer");
 * r.message();      // Added tag “Summer” to 3 books
 * editing.undo();   // the three books as they were
 * }</pre>
 */
public final class BulkEdit {
    /** The most books one bulk edit changes (its undo step keeps every one's rows). */
    public static final int MAX_BOOKS = 10_000;

    private final Catalog catalog;
    private final UndoHistory history;
    private final Trash trash;
    private final BookEditing lock;

    BulkEdit(Catalog catalog, UndoHistory history, Trash trash, BookEditing editing) {
        this.catalog = catalog;
        this.history = history;
        this.trash = trash;
        this.lock = editing;
    }

    /**
     * The ids of the books {@code search} finds (the search language of the window's field), for
     * {@code alcove bulk --search}; refused when it finds more than {@link #MAX_BOOKS}.
     *
     * @throws org.alcove.catalog.search.SearchSyntaxException when the search cannot be read
     */
    public List<Long> matching(String search) {
        List<Long> ids = new BookBrowser(catalog).page(BookFilter.ALL.withSearch(search), SortKey.TITLE, false, 0, MAX_BOOKS + 1)
                .stream().map(BookRow::id).toList();
        if (ids.isEmpty()) {
            throw refused("No book matches \u201c" + search + "\u201d.");
        }
        return checked(ids);
    }

    /** The genre named {@code name} (ignoring case; "none" for none), or a sentence naming the genres there are. */
    public Genre genreNamed(String name) {
        String n = name == null ? "" : name.strip();
        if (n.equalsIgnoreCase("none")) {
            return null;
        }
        return catalog.db().objects(Genre.class).filter("name__iexact", n).first().orElseThrow(() -> refused("No genre is named \u201c" + n
                + "\u201d; the genres are " + String.join(", ", catalog.db().objects(Genre.class).orderBy("name")
                        .valuesListFlat("name", String.class).list()) + ", or none."));
    }

    /** Adds the tag {@code name} (made when no tag has that name, ignoring case) to the books {@code ids}. */
    public BulkResult addTag(Collection<Long> ids, String name) {
        String tagName = tagName(name);
        List<Long> books = checked(ids);
        return change(books, tag -> "Add tag \u201c" + tag + "\u201d to ", () -> {
            Tag tag = catalog.db().objects(Tag.class).filter("name__iexact", tagName).first()
                    .orElseGet(() -> catalog.db().objects(Tag.class).create(new Tag(tagName)));
            List<Long> having = catalog.books().filter("id__in", books).filter("tags", tag).valuesListFlat("id", Long.class).list();
            List<Book> without = catalog.books().filter("id__in", books).exclude("id__in", having).list();
            without.forEach(b -> b.tags().add(List.of(tag)));
            String done = "Added tag \u201c" + tag.getName() + "\u201d to " + count(without.size())
                    + (having.isEmpty() ? "" : " (" + having.size() + " had it already)");
            return new Change(tag.getName(), without.size(), done);
        });
    }

    /** Takes the tag {@code name} (ignoring case) off the books {@code ids}. */
    public BulkResult removeTag(Collection<Long> ids, String name) {
        String tagName = tagName(name);
        List<Long> books = checked(ids);
        Tag tag = catalog.db().objects(Tag.class).filter("name__iexact", tagName).first()
                .orElseThrow(() -> refused("No tag is named \u201c" + tagName + "\u201d."));
        return change(books, t -> "Remove tag \u201c" + t + "\u201d from ", () -> {
            List<Book> having = catalog.books().filter("id__in", books).filter("tags", tag).list();
            having.forEach(b -> b.tags().remove(List.of(tag)));
            return new Change(tag.getName(), having.size(), "Removed tag \u201c" + tag.getName() + "\u201d from " + count(having.size()));
        });
    }

    /** Sets the genre of the books {@code ids} to {@code genre} (null for none). */
    public BulkResult setGenre(Collection<Long> ids, Genre genre) {
        List<Long> books = checked(ids);
        String name = genre == null ? "none" : genre.getName();
        return change(books, n -> "Set the genre of ", () -> {
            int changed = set(books, "genre", genre == null ? catalog.books().filter("genre__isnull", true) : catalog.books().filter("genre", genre), genre);
            return new Change(count(changed) + " to " + name, changed, "Set the genre of " + count(changed) + " to " + name);
        }, true);
    }

    /** Sets the reading status of the books {@code ids} to {@code status} (null for none). */
    public BulkResult setStatus(Collection<Long> ids, ReadingStatus status) {
        List<Long> books = checked(ids);
        String name = status == null ? "none" : status.label();
        return change(books, n -> "Set the status of ", () -> {
            int changed = set(books, "status", status == null ? catalog.books().filter("status__isnull", true) : catalog.books().filter("status", status), status);
            return new Change(count(changed) + " to " + name, changed, "Set the status of " + count(changed) + " to " + name);
        }, true);
    }

    /**
     * Deletes the books {@code ids} into the trash, but those with a copy on loan (the trash refuses
     * them, and the result counts them as skipped).
     */
    public BulkResult delete(Collection<Long> ids) {
        List<Long> books = checked(ids);
        synchronized (lock) {
            Path backup = backup();
            try {
                BulkResult result = catalog.db().atomic(() -> {
                    List<Long> lent = catalog.db().objects(Loan.class).filter("book__in", books).filter(Loan.out(""))
                            .valuesListFlat("book", Long.class).distinct().list();
                    List<Long> going = catalog.books().filter("id__in", books).exclude("id__in", lent)
                            .orderBy("id").valuesListFlat("id", Long.class).list();
                    if (!going.isEmpty()) {
                        RowSnapshot before = RowSnapshot.ofBookEdits(catalog.db(), going);
                        List<TrashItem> items = new ArrayList<>();
                        for (long id : going) {
                            trash.discard(TrashKind.BOOK, id).ifPresent(items::add);
                        }
                        history.recordBulkDelete("Delete " + count(items.size()), before, items);
                    }
                    String skipped = lent.isEmpty() ? "" : "; " + lent.size() + " with a copy on loan " + (lent.size() == 1
                            ? "was not deleted (return it first)" : "were not deleted (return them first)");
                    return new BulkResult("Deleted " + count(going.size()) + skipped, going.size(), lent.size(), backup);
                });
                return result;
            } catch (OrmException e) {
                throw new CatalogueException("The books were not deleted: " + e.getMessage(), e);
            } finally {
                lock.readLabels();
            }
        }
    }

    /** Sets {@code field} to {@code value} on those of {@code books} not already in {@code already}; how many changed. */
    private int set(List<Long> books, String field, org.alcove.orm.QuerySet<Book> already, Object value) {
        List<Long> same = already.filter("id__in", books).valuesListFlat("id", Long.class).list();
        return catalog.books().filter("id__in", books).exclude("id__in", same).update(field, value);
    }

    /** What a change made: the name it gives the undo step after its prefix, how many books it changed, the sentence. */
    private record Change(String name, int changed, String done) {
    }

    private BulkResult change(List<Long> books, Function<String, String> label, java.util.function.Supplier<Change> make) {
        return change(books, label, make, false);
    }

    /**
     * Backs up, then in one transaction snapshots the books, makes the change and records it as one
     * step labelled {@code label(name) + "N books"} (or, {@code wholeLabel}, {@code label + name}).
     */
    private BulkResult change(List<Long> books, Function<String, String> label, java.util.function.Supplier<Change> make, boolean wholeLabel) {
        synchronized (lock) {
            Path backup = backup();
            try {
                return catalog.db().atomic(() -> {
                    List<Long> there = catalog.books().filter("id__in", books).orderBy("id").valuesListFlat("id", Long.class).list();
                    if (there.isEmpty()) {
                        throw refused("None of the selected books is in the catalogue any more.");
                    }
                    RowSnapshot before = RowSnapshot.ofBookEdits(catalog.db(), there);
                    Change c = make.get();
                    if (c.changed() > 0) {
                        history.recordBulkEdit(label.apply(c.name()) + (wholeLabel ? c.name() : count(c.changed())), before);
                    }
                    return new BulkResult(c.done(), c.changed(), 0, backup);
                });
            } catch (OrmException e) {
                throw new CatalogueException("The books were not changed: " + e.getMessage(), e);
            } finally {
                lock.readLabels();
            }
        }
    }

    /** The automatic backup before a bulk edit; none (null) for a catalogue on a server, whose backups are the server's. */
    private Path backup() {
        if (catalog.file() == null) {
            return null;
        }
        try {
            return new AutoBackups(catalog.db()).write();
        } catch (OrmException e) {
            throw new CatalogueException("Nothing was changed: the backup before it could not be written (" + e.getMessage() + ").", e);
        }
    }

    /** The selected ids without repeats, refused when none or too many. */
    private static List<Long> checked(Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw refused("Select at least one book.");
        }
        List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
        if (unique.size() > MAX_BOOKS) {
            throw refused("A bulk edit changes at most " + NumberFormat.getIntegerInstance().format(MAX_BOOKS)
                    + " books at a time; narrow the search first.");
        }
        return unique;
    }

    private static String tagName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw refused("A tag needs a name.");
        }
        if (n.length() > FieldLimits.TAG) {
            throw refused("A tag name has at most " + FieldLimits.TAG + " characters.");
        }
        return n;
    }

    private static CatalogueException refused(String why) {
        return new CatalogueException(why, null);
    }

    private static String count(long n) {
        return n == 1 ? "1 book" : NumberFormat.getIntegerInstance().format(n) + " books";
    }
}
