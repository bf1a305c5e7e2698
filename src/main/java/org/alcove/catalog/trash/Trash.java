package org.alcove.catalog.trash;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Borrower;
import org.alcove.catalog.Loan;
import org.alcove.catalog.TrashItem;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.covers.Covers;
import org.alcove.orm.Database;
import org.alcove.orm.Q;
import org.alcove.orm.QuerySet;

/**
 * The catalogue's trash: a deleted book, author (with its books) or borrower is kept whole for
 * {@link #keepDays()} days (30 unless {@code ALCOVE_TRASH_DAYS} says otherwise), listed and
 * searchable ({@code in:trash}), restorable with its old id and everything that hung on it, and
 * let go when emptied or when it is older than that on opening the catalogue.
 *
 * <pre>{@code
 * Trash trash = new Trash(catalog.db());
 * TrashItem item = trash.discard(TrashKind.BOOK, duneId);   // deleted, kept
 * trash.restore(item.getId());                              // back, with its copies and credits
 * }</pre>
 */
public final class Trash {
    /** How many days the trash keeps a deleted thing unless {@code ALCOVE_TRASH_DAYS} says otherwise. */
    public static final int DEFAULT_DAYS = 30;

    private final Database db;

    public Trash(Database db) {
        this.db = db;
    }

    /** The trash of {@code catalog}. */
    public static Trash of(org.alcove.catalog.Catalog catalog) {
        return new Trash(catalog.db());
    }

    /** How many days things stay in the trash: {@code ALCOVE_TRASH_DAYS} when it is a whole number of at least 1, else 30. */
    public static int keepDays() {
        String v = System.getenv("ALCOVE_TRASH_DAYS");
        try {
            int n = v == null ? DEFAULT_DAYS : Integer.parseInt(v.strip());
            return n >= 1 ? n : DEFAULT_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }

    /**
     * Deletes the {@code kind} with {@code id} and what goes with it, keeping all of it in the trash,
     * in one transaction; the caller has refused what must not be deleted (copies on loan).
     *
     * @return the trash item, or empty when there is no such thing
     */
    public Optional<TrashItem> discard(TrashKind kind, long id) {
        return db.atomic(() -> {
            Optional<TrashItem> item = describe(kind, id).map(d -> new TrashItem(kind, id, d[0], d[1], d[2], LocalDateTime.now(),
                    RowSnapshot.ofDeletion(db, kind, id).toJson()));
            item.ifPresent(i -> {
                db.objects(kind.model()).filter("id", id).delete();
                db.objects(TrashItem.class).create(i);
            });
            return item;
        });
    }

    /**
     * Refuses to delete what has a copy out on loan: a book or an author's book (the loan would lose
     * its copy while someone still has it), a borrower who still has a copy.
     *
     * @throws TrashException naming the loan
     */
    public void refuseWhileOnLoan(TrashKind kind, long id) {
        Q loans = switch (kind) {
            case BOOK -> Q.of("book", id);
            case AUTHOR -> Q.of("book__author", id);
            case BORROWER -> Q.of("borrower", id);
        };
        db.objects(Loan.class).filter(loans).filter(Loan.out("")).selectRelated("book", "borrower").first().ifPresent(l -> {
            String who = l.getBorrower() == null ? "a deleted borrower" : l.getBorrower().getName();
            throw new TrashException(kind == TrashKind.BORROWER
                    ? who + " has \u201c" + l.getBook().getTitle() + "\u201d (" + l.getBarcode() + ") on loan; return it before deleting the borrower."
                    : "\u201c" + l.getBook().getTitle() + "\u201d has a copy (" + l.getBarcode() + ") on loan to " + who
                    + "; return it before deleting the book.");
        });
    }

    /** The title, detail and note of the thing to trash, or empty when it is not there. */
    private Optional<String[]> describe(TrashKind kind, long id) {
        return switch (kind) {
            case BOOK -> db.objects(Book.class).filter("id", id).selectRelated("author").first()
                    .map(b -> new String[] {b.getTitle(), b.getAuthor().getName(), ""});
            case AUTHOR -> db.objects(Author.class).filter("id", id).first().map(a -> {
                long books = a.books().count();
                return new String[] {a.getName(), "", books == 0 ? "" : "and " + (books == 1 ? "1 book" : books + " books")};
            });
            case BORROWER -> db.objects(Borrower.class).filter("id", id).first().map(b -> new String[] {b.getName(), b.getCard(), ""});
        };
    }

    /** Everything in the trash, the most recently deleted first. */
    public List<TrashEntry> list() {
        return entries(items());
    }

    /** The things in the trash matching {@code condition} (on TrashItem's title and detail), most recent first. */
    public List<TrashEntry> list(Q condition) {
        return entries(items().filter(condition));
    }

    private QuerySet<TrashItem> items() {
        return db.objects(TrashItem.class).defer("snapshot");
    }

    private static List<TrashEntry> entries(QuerySet<TrashItem> items) {
        return items.list().stream().map(Trash::entry).toList();
    }

    private static TrashEntry entry(TrashItem i) {
        return new TrashEntry(i.getId(), i.getKind(), i.getOriginalId(), i.getTitle(), i.getDetail(), i.getNote(), i.getDeletedAt());
    }

    /** The trash item {@code id}, if it is in the trash. */
    public Optional<TrashEntry> find(long id) {
        return items().filter("id", id).first().map(Trash::entry);
    }

    /**
     * Puts the thing in trash item {@code id} back as it was, with its old id, and takes it out of
     * the trash; in one transaction, so a restore that cannot be made changes nothing.
     *
     * @return what was restored
     * @throws TrashException when there is no such item, or it cannot be restored (the sentence says why)
     */
    public TrashEntry restore(long id) {
        TrashItem item = db.objects(TrashItem.class).filter("id", id).first()
                .orElseThrow(() -> new TrashException("Nothing numbered " + id + " is in the trash (see alcove trash list)."));
        TrashEntry entry = entry(item);
        try {
            db.atomic(() -> {
                RowSnapshot.fromJson(item.getSnapshot()).restore(db);
                db.objects(TrashItem.class).filter("id", id).delete();
            });
        } catch (RestoreConflict e) {
            throw new TrashException(entry.describe() + " cannot be restored: " + e.getMessage() + "; nothing was changed.");
        }
        return entry;
    }

    /** Lets everything in the trash go; returns how many things went. */
    public int empty() {
        return lettingGoOfCovers(() -> db.objects(TrashItem.class).delete().count(TrashItem.class));
    }

    /** Runs {@code emptying}, then deletes the cover files only the trash's books showed. */
    private int lettingGoOfCovers(java.util.function.IntSupplier emptying) {
        Optional<Covers> covers = Covers.ofFile(db);
        Set<String> held = covers.map(Covers::inTrash).orElse(Set.of());
        int gone = emptying.getAsInt();
        covers.ifPresent(c -> c.letGoUnreferenced(held));
        return gone;
    }

    /** Lets go what was deleted more than {@code days} days ago; returns how many things went. */
    public int emptyOlderThan(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
        return lettingGoOfCovers(() -> db.objects(TrashItem.class).filter("deletedAt__lt", LocalDateTime.now().minusDays(days)).delete()
                .count(TrashItem.class));
    }

    /**
     * Lets go what is older than the trash keeps ({@link #keepDays()}): what opening a catalogue to
     * change it does, once its structural check has passed (a damaged file takes no write).
     */
    public int purgeExpired() {
        if (db.isReadOnly() || !db.objects(TrashItem.class).exists()) {
            return 0;
        }
        return emptyOlderThan(keepDays());
    }

    /** How many things are in the trash. */
    public long count() {
        return db.objects(TrashItem.class).count();
    }
}
