package org.alcove.catalog.browse;

import org.alcove.catalog.FieldLimits;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Tag;
import org.alcove.catalog.Series;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.covers.Covers;
import org.alcove.catalog.ControlCharacters;
import org.alcove.catalog.TrashItem;
import org.alcove.catalog.TrashKind;
import org.alcove.catalog.io.InvalidValueException;
import org.alcove.catalog.io.Isbn;
import org.alcove.orm.DatabaseError;
import org.alcove.orm.OrmException;
import org.alcove.orm.StaleObjectError;
import org.alcove.catalog.trash.RowSnapshot;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashException;
import org.alcove.catalog.undo.UndoConflict;
import org.alcove.catalog.undo.UndoHistory;

/**
 * Changes to the catalogue from the editor: load a book as a draft, validate it (required title
 * and author, ISBN checksum, pages at least 0, ISBN unique), save it, create authors, delete books
 * and authors, and undo the last of these. Safe to call from any thread.
 */
public final class BookEditing {
    /** The longest author name the catalogue stores (from the field's metadata). */
    public static final int MAX_NAME = FieldLimits.AUTHOR_NAME;

    private final Catalog catalog;
    private final UndoHistory history;
    private final Trash trash;
    private final BulkEdit bulk;
    /** What Undo and Redo offer, read after every change under this object's lock; volatile so the window reads them without waiting for a write. */
    private volatile Optional<String> undoLabel = Optional.empty();
    private volatile Optional<String> redoLabel = Optional.empty();

    public BookEditing(Catalog catalog) {
        this.catalog = catalog;
        this.history = new UndoHistory(catalog.db());
        this.trash = new Trash(catalog.db());
        this.bulk = new BulkEdit(catalog, history, trash, this);
        readLabels();
    }

    /** Reads what Undo and Redo offer from the history (kept in the catalogue, so perhaps from an earlier session or another window). */
    public synchronized void readLabels() {
        try {
            undoLabel = history.undoLabel();
            redoLabel = history.redoLabel();
        } catch (OrmException e) { // a catalogue opened only to read, made before the history: nothing to undo
            undoLabel = Optional.empty();
            redoLabel = Optional.empty();
        }
    }

    /** The file of book {@code id}'s cover when it has one and the file is there (a shared catalogue on a server keeps none). */
    public Optional<java.nio.file.Path> coverFile(long id) {
        return Covers.ofFile(catalog.db()).flatMap(c -> c.path(id)).filter(java.nio.file.Files::isRegularFile);
    }

    /**
     * Makes {@code image} book {@code id}'s cover (stored beside the catalogue; see {@link Covers}).
     *
     * @return the stored file
     * @throws org.alcove.catalog.covers.CoverException naming why, when the image is refused; the cover is then as it was
     */
    public synchronized java.nio.file.Path setCover(long id, java.nio.file.Path image) {
        catalog.requireWritable();
        Covers covers = Covers.of(catalog);
        return covers.file(covers.set(id, image));
    }

    /** Takes book {@code id}'s cover away (its file goes when no other book, nor one in the trash, shows it). */
    public synchronized void removeCover(long id) {
        catalog.requireWritable();
        Covers.of(catalog).remove(id);
    }

    /** Book {@code id}'s copies, by barcode. */
    public List<CopyRow> copies(long id) {
        return catalog.db().objects(Copy.class).filter("book", id).orderBy("barcode", "id").list().stream()
                .map(c -> new CopyRow(c.getId(), c.getBarcode(), c.getLocation(), c.getCallNumber(), c.getCondition())).toList();
    }

    /**
     * Makes book {@code id}'s copies {@code rows}, in one transaction: rows with an id are updated,
     * rows without one are added, copies not among the rows are deleted (their loan history stays).
     *
     * @throws IllegalArgumentException with one sentence when a barcode is not one a scanner can type,
     *     is given twice or belongs to another book's copy, a field is too long, or a copy to delete is
     *     out on loan; nothing is then changed
     */
    public synchronized List<CopyRow> saveCopies(long id, List<CopyRow> rows) {
        catalog.requireWritable();
        var db = catalog.db();
        Book book = db.objects(Book.class).filter("id", id).first()
                .orElseThrow(() -> new IllegalArgumentException("The book is no longer in the catalogue; its copies were not saved."));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<CopyRow> clean = new java.util.ArrayList<>();
        for (CopyRow r : rows) {
            String barcode = r.barcode().isBlank() ? "" : barcode(r.barcode());
            if (!barcode.isEmpty() && !seen.add(barcode.toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("The barcode " + barcode + " is given to two copies; each copy needs its own. The copies were not saved.");
            }
            limit(r.location(), "location", "The location");
            limit(r.callNumber(), "callNumber", "The call number");
            limit(r.condition(), "condition", "The condition");
            clean.add(new CopyRow(r.id(), barcode, r.location().strip(), r.callNumber().strip(), r.condition().strip()));
        }
        return db.atomic(() -> {
            java.util.Set<Long> kept = new java.util.HashSet<>();
            clean.stream().map(CopyRow::id).filter(java.util.Objects::nonNull).forEach(kept::add);
            for (Copy gone : db.objects(Copy.class).filter("book", id).exclude("id__in", kept).list()) {
                if (db.objects(org.alcove.catalog.Loan.class).filter("copy", gone.getId()).filter(org.alcove.catalog.Loan.out("")).exists()) {
                    throw new IllegalArgumentException("Copy " + gone.getBarcode() + " is out on loan; return it before removing the copy."
                            + " The copies were not saved.");
                }
                db.objects(Copy.class).filter("id", gone.getId()).delete();
            }
            for (CopyRow r : clean) {
                if (!r.barcode().isEmpty()) {
                    db.objects(Copy.class).filter("barcode__iexact", r.barcode()).exclude("id", r.id() == null ? -1L : r.id())
                            .selectRelated("book").first().ifPresent(other -> {
                                throw new IllegalArgumentException("The barcode " + r.barcode() + " belongs to a copy of \u201c"
                                        + other.getBook().getTitle() + "\u201d; each copy needs its own. The copies were not saved.");
                            });
                }
                Copy c = r.id() == null ? new Copy(book, null)
                        : db.objects(Copy.class).filter("id", r.id()).filter("book", id).first().orElseGet(() -> new Copy(book, null));
                c.setBarcode(r.barcode().isEmpty() ? null : r.barcode()).setLocation(r.location()).setCallNumber(r.callNumber())
                        .setCondition(r.condition());
                db.save(c);
            }
            return copies(id);
        });
    }

    private static String barcode(String typed) {
        try {
            return org.alcove.catalog.Barcodes.require(typed, "barcode");
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            throw new IllegalArgumentException(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ". The copies were not saved.", e);
        }
    }

    private static void limit(String value, String field, String what) {
        List<String> problems = FieldLimits.problems(Copy.class, field, value.strip());
        if (!problems.isEmpty()) { // "Ensure this value has at most 100 characters (it has 130)."
            throw new IllegalArgumentException(what + " \u201c" + FieldLimits.clip(value.strip(), 20) + "\u2026\u201d is too long: "
                    + problems.get(0).replace("Ensure this value has", "a copy's " + what.substring(4) + " has") + " The copies were not saved.");
        }
    }

    /** The book with {@code id} as a draft for the form, or empty when it no longer exists. */
    public Optional<BookDraft> load(long id) {
        return catalog.books().filter("id", id).selectRelated("author", "series", "genre").first().map(this::draftOf);
    }

    /** The genres a book can be given, by name. */
    public java.util.List<org.alcove.catalog.Genre> genres() {
        return catalog.genres().all().list();
    }

    /** What is wrong with {@code draft}, checked against the catalogue for the author and a unique ISBN. */
    public Validation validate(BookDraft draft, Long bookId) {
        Map<BookField, String> errors = new EnumMap<>(BookField.class);
        String title = strip(draft.title());
        if (title.isEmpty()) {
            errors.put(BookField.TITLE, "A title is required");
        } else {
            FieldLimits.problems(Book.class, "title", title).stream().findFirst()
                    .or(() -> ControlCharacters.problem(title).map(p -> "The title " + p + "; remove it"))
                    .ifPresent(p -> errors.put(BookField.TITLE, p));
        }
        String author = strip(draft.authorName());
        if (author.isEmpty()) {
            errors.put(BookField.AUTHOR, "An author is required");
        } else if (findAuthor(author).isEmpty()) {
            errors.put(BookField.AUTHOR, "No author named \u201c" + author + "\u201d; add one with New author");
        }
        if (draft.genre() != null && !catalog.genres().all().filter("id", draft.genre().getId()).exists()) {
            errors.put(BookField.GENRE, "The genre \u201c" + draft.genre().getName() + "\u201d is gone; pick another");
        }
        try {
            if (Integer.parseInt(strip(draft.pages())) < 0) {
                errors.put(BookField.PAGES, "Pages cannot be negative");
            }
        } catch (NumberFormatException e) {
            errors.put(BookField.PAGES, "Pages must be a whole number");
        }
        validateIsbn(strip(draft.isbn()), bookId, errors);
        validateMore(draft.more(), errors);
        errors.replaceAll((field, message) -> readable(message));
        return new Validation(errors);
    }

    /** The fields beyond the first six; each check is the model's own (its setters, its columns' limits). */
    private void validateMore(BookDraft.More m, Map<BookField, String> errors) {
        String series = strip(m.series());
        limit(errors, BookField.SERIES, Series.class, "name", series);
        if (!strip(m.seriesIndex()).isEmpty()) {
            if (series.isEmpty()) {
                errors.put(BookField.SERIES_INDEX, "A number in a series needs the series' name");
            } else {
                check(errors, BookField.SERIES_INDEX, () -> new Book().setSeries(new Series(series), decimal(m.seriesIndex(), "the series index")));
            }
        }
        check(errors, BookField.FIRST_PUBLISHED, () -> new Book().setFirstPublished(year(m.firstPublished())));
        limit(errors, BookField.PUBLISHER, Book.class, "publisher", strip(m.publisher()));
        limit(errors, BookField.LANGUAGE, Book.class, "language", strip(m.language()));
        limit(errors, BookField.FORMAT, Book.class, "format", strip(m.format()));
        check(errors, BookField.RATING, () -> new Book().setRating(decimal(m.rating(), "the rating")));
        for (String tag : tagNames(m.tags())) {
            limit(errors, BookField.TAGS, Tag.class, "name", tag);
        }
        try {
            for (Credit c : credits(m.contributors())) {
                if (findAuthor(c.name()).isEmpty()) {
                    errors.put(BookField.CONTRIBUTORS, "No author named \u201c" + c.name() + "\u201d; add one with New author");
                    break;
                }
            }
        } catch (IllegalArgumentException e) {
            errors.put(BookField.CONTRIBUTORS, e.getMessage());
        }
        if (m.texts() != null) {
            text(errors, BookField.DESCRIPTION, "The description", m.texts().description());
            text(errors, BookField.NOTES, "The notes", m.texts().notes());
            text(errors, BookField.REVIEW, "The review", m.texts().review());
        }
        if (m.identifiers() != null) {
            BookLists.identifierProblem(m.identifiers()).ifPresent(p -> errors.put(BookField.IDENTIFIERS, p));
        }
        if (m.readings() != null) {
            BookLists.readingProblem(m.readings()).ifPresent(p -> errors.put(BookField.READINGS, p));
        }
    }

    private static void text(Map<BookField, String> errors, BookField field, String what, String value) {
        ControlCharacters.problem(value).ifPresent(p -> errors.put(field, what + " " + p + "; remove it"));
    }

    private static void limit(Map<BookField, String> errors, BookField field, Class<? extends org.alcove.orm.Model> model,
                              String name, String value) {
        if (!value.isEmpty()) {
            FieldLimits.problems(model, name, value).stream().findFirst().ifPresent(p -> errors.putIfAbsent(field, p));
        }
    }

    private static void check(Map<BookField, String> errors, BookField field, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            errors.put(field, capitalised(e.getMessage()));
        }
    }

    /**
     * A message on one line and short enough to read beside its field: one that quotes what was
     * typed (a pasted megabyte, say) keeps its beginning, which says what is wrong, and its end,
     * which says what to do.
     */
    private static String readable(String message) {
        String line = message.replaceAll("\\s+", " ");
        int length = line.codePointCount(0, line.length());
        if (length <= 200) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, 120)) + " \u2026 " + line.substring(line.offsetByCodePoints(0, length - 60));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static java.math.BigDecimal decimal(String text, String what) {
        String t = strip(text).replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, like 2 or 2.5, not \u201c" + t + "\u201d");
        }
    }

    private static Integer year(String text) {
        String t = strip(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the first-published year must be a whole number (-700 for 700 BCE), not \u201c" + t + "\u201d");
        }
    }

    /** The tag names in a comma-separated list, stripped, blanks and repeats (ignoring case) left out, in order. */
    static List<String> tagNames(String text) {
        java.util.LinkedHashMap<String, String> names = new java.util.LinkedHashMap<>();
        for (String part : strip(text).split(",")) {
            String n = part.strip();
            if (!n.isEmpty()) {
                names.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        return List.copyOf(names.values());
    }

    /** One contributor line: a name and a role. */
    record Credit(String name, ContributorRole role) {
    }

    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*");

    /** The contributor lines ("Robert Fagles (translator)"; without a role, a co-author). */
    static List<Credit> credits(String text) {
        List<Credit> out = new java.util.ArrayList<>();
        for (String line : strip(text).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = CREDIT.matcher(l);
            if (m.matches()) {
                String role = m.group(2).strip();
                ContributorRole r = ContributorRole.parse(role).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown role \u201c" + role + "\u201d for " + m.group(1).strip() + "; roles are author, editor, translator, illustrator and contributor"));
                out.add(new Credit(m.group(1).strip(), r));
            } else {
                out.add(new Credit(l, ContributorRole.AUTHOR));
            }
        }
        return out;
    }

    private void validateIsbn(String isbn, Long bookId, Map<BookField, String> errors) {
        if (isbn.isEmpty()) {
            return; // a book without an ISBN (before 1970, an e-book, a pamphlet) is a book
        }
        try {
            String isbn13 = Isbn.toIsbn13(isbn);
            var same = catalog.books().filter("isbn", isbn13);
            if (bookId != null) {
                same = same.exclude("id", bookId);
            }
            same.only("title").first().ifPresent(other ->
                    errors.put(BookField.ISBN, "Already used by \u201c" + other.getTitle() + "\u201d"));
        } catch (InvalidValueException e) {
            errors.put(BookField.ISBN, e.getMessage());
        }
    }

    /**
     * Saves {@code draft} as the book {@code bookId}, or as a new book when it is null, and
     * returns the book's id. The change can be undone. It overwrites whatever the book holds now,
     * another desk's save included; the form saves with {@link #saveOver(EditedBook, BookDraft)}.
     *
     * @throws InvalidBookException when the draft does not validate
     */
    public synchronized long save(Long bookId, BookDraft draft) {
        return save(bookId, draft, null).id();
    }

    /**
     * Saves {@code draft} over the book {@code base} was read as, unless another desk saved it
     * since: then nothing is written and an {@link EditConflictException} says what differs
     * (saving again with its {@link EditConflictException#theirs()} as the base keeps mine). Two
     * desks that saved the same values conflict with nothing: the save goes through.
     *
     * @return the book as saved, the base of the next save
     * @throws InvalidBookException when the draft does not validate
     * @throws CatalogueException when the book was deleted meanwhile
     */
    public synchronized EditedBook saveOver(EditedBook base, BookDraft draft) {
        try {
            return save(base.id(), draft, base.version());
        } catch (StaleObjectError e) {
            EditedBook theirs = open(base.id()).orElseThrow(() -> deleted(draft));
            List<FieldDifference> differences = DraftDifferences.between(base.draft(), theirs.draft(), draft);
            if (differences.isEmpty()) { // both desks saved the same: nothing to choose
                return saveOver(theirs, draft);
            }
            throw new EditConflictException(theirs, differences);
        }
    }

    /** Saves {@code draft} as a new book; returns it as saved, the base of its next save. Undoable. */
    public synchronized EditedBook saveNew(BookDraft draft) {
        return save(null, draft, null);
    }

    /** The book {@code id} as the form opens it: its fields and the version they were read at; empty when it no longer exists. */
    public Optional<EditedBook> open(long id) {
        return catalog.books().filter("id", id).selectRelated("author", "series", "genre").first()
                .map(b -> new EditedBook(id, b.getVersion(), draftOf(b)));
    }

    private static CatalogueException deleted(BookDraft draft) {
        return new CatalogueException("\u201c" + strip(draft.title()) + "\u201d was deleted on another desk, so it was not saved;"
                + " restore it from the trash (Edit \u2192 Trash\u2026) to edit it again.", null);
    }

    /** Saves; with {@code expectedVersion}, only over that version of the book (else {@link StaleObjectError}). */
    private EditedBook save(Long bookId, BookDraft draft, Long expectedVersion) {
        Validation v = validate(draft, bookId);
        if (!v.isValid()) {
            throw new InvalidBookException(v);
        }
        try {
            EditedBook saved = catalog.db().atomic(() -> {
                if (bookId == null) {
                    Book created = write(new Book(), draft);
                    history.recordCreate("New Book \u201c" + created.getTitle() + "\u201d", TrashKind.BOOK, created.getId());
                    return new EditedBook(created.getId(), created.getVersion(), draftOf(created));
                }
                Book book = catalog.books().selectRelated("author", "series", "genre").get("id", bookId);
                if (expectedVersion != null && book.getVersion() != expectedVersion) {
                    throw new StaleObjectError("Book", bookId, expectedVersion, false);
                }
                RowSnapshot before = RowSnapshot.ofEdit(catalog.db(), TrashKind.BOOK, bookId);
                write(book, draft); // the ORM writes the row only at the version read just now (another desk may be saving too)
                history.recordEdit("Edit \u201c" + book.getTitle() + "\u201d", TrashKind.BOOK, bookId, before);
                return new EditedBook(bookId, book.getVersion(), draftOf(book));
            });
            readLabels();
            return saved;
        } catch (StaleObjectError e) {
            if (expectedVersion == null) {
                throw new CatalogueException("The book could not be saved: another desk saved it at the same moment; save again.", e);
            }
            throw e;
        } catch (org.alcove.orm.DoesNotExist e) {
            throw deleted(draft);
        } catch (OrmException e) {
            throw new CatalogueException("The book could not be saved: " + e.getMessage(), e);
        }
    }

    /** Adds an author and returns its id. */
    public synchronized long createAuthor(String name, LocalDate birthDate) {
        String n = strip(name);
        requireName(n);
        try {
            Author a = catalog.db().atomic(() -> {
                Author created = catalog.authors().create(new Author(n, birthDate));
                history.recordCreate("New Author " + n, TrashKind.AUTHOR, created.getId());
                return created;
            });
            readLabels();
            return a.getId();
        } catch (DatabaseError e) {
            throw new CatalogueException("The author could not be added: " + e.getMessage(), e);
        }
    }

    /** An author's name must be there and fit its column, counted in characters as the ORM counts them. */
    private static void requireName(String name) {
        if (name.isEmpty() || !FieldLimits.problems(Author.class, "name", name).isEmpty()) {
            throw new IllegalArgumentException("An author's name must have 1 to " + MAX_NAME + " characters");
        }
    }

    /** An author's name, birth date and biography, for editing. */
    public Optional<AuthorDetails> authorDetails(long authorId) {
        return catalog.authors().filter("id", authorId).first().map(BookEditing::details);
    }

    /**
     * Saves an author's name, birth date and biography; undo puts the previous ones back. Details
     * read with {@link #authorDetails} are saved only over the version they were read at.
     *
     * @throws CatalogueException when another desk saved or deleted the author since the details
     *     were read (nothing is then written), or the save failed
     */
    public synchronized void updateAuthor(AuthorDetails details) {
        String n = strip(details.name());
        requireName(n);
        try {
            AuthorDetails before = authorDetails(details.id()).orElseThrow(() -> authorChanged(details, null));
            if (details.version() != AuthorDetails.ANY_VERSION && before.version() != details.version()) {
                throw authorChanged(details, before);
            }
            catalog.db().atomic(() -> {
                RowSnapshot rows = RowSnapshot.ofEdit(catalog.db(), TrashKind.AUTHOR, details.id());
                writeAuthor(new AuthorDetails(details.id(), n, details.birthDate(), details.biography().strip(), before.version()));
                history.recordEdit("Edit " + before.name(), TrashKind.AUTHOR, details.id(), rows);
            });
            readLabels();
        } catch (StaleObjectError e) { // another desk saved between our read and our write
            throw authorChanged(details, authorDetails(details.id()).orElse(null));
        } catch (OrmException e) {
            throw new CatalogueException("The author could not be saved: " + e.getMessage(), e);
        }
    }

    private static CatalogueException authorChanged(AuthorDetails mine, AuthorDetails theirs) {
        if (theirs == null) {
            return new CatalogueException("The author \u201c" + strip(mine.name()) + "\u201d was deleted on another desk, so it was not saved;"
                    + " restore it from the trash (Edit \u2192 Trash\u2026) to edit it again.", null);
        }
        return new CatalogueException("The author \u201c" + theirs.name() + "\u201d was changed on another desk since you opened it, so"
                + " nothing was saved; edit the author again to see their change and make yours over it.", null);
    }

    /** Writes the author's fields, only over version {@code d.version()} (else {@link StaleObjectError}). */
    private void writeAuthor(AuthorDetails d) {
        Author a = catalog.authors().get("id", d.id());
        if (a.getVersion() != d.version()) {
            throw new StaleObjectError("Author", d.id(), d.version(), false);
        }
        a.setName(d.name()).setBirthDate(d.birthDate()).setBiography(d.biography());
        catalog.db().save(a);
    }

    /** Names of authors containing {@code text}, for completing the author field. */
    public List<String> authorNames(String text, int limit) {
        String t = strip(text);
        if (t.isEmpty()) {
            return List.of();
        }
        return catalog.authors().filter("name__unaccent__icontains", t).valuesListFlat("name", String.class).slice(0, limit).list();
    }

    /** The author with its number of books, for a confirmation ("and its 12 books"). */
    public Optional<AuthorSummary> authorSummary(long authorId) {
        return catalog.authors().filter("id", authorId).first().map(BookEditing::summary);
    }

    private static AuthorDetails details(Author a) {
        return new AuthorDetails(a.getId(), a.getName(), a.getBirthDate(), a.getBiography(), a.getVersion());
    }

    private static AuthorSummary summary(Author a) {
        return new AuthorSummary(a.getId(), a.getName(), a.books().count());
    }

    /** The name, birth date and biography of the author of the book {@code bookId}, if the book exists; one query. */
    public Optional<AuthorDetails> authorDetailsOfBook(long bookId) {
        return catalog.books().filter("id", bookId).selectRelated("author").first().map(b -> details(b.getAuthor()));
    }

    /** The author of the book {@code bookId} with its number of books, if the book exists; two queries. */
    public Optional<AuthorSummary> authorOfBook(long bookId) {
        return catalog.books().filter("id", bookId).selectRelated("author").first().map(b -> summary(b.getAuthor()));
    }

    /** Deletes one book into the trash; undoable. */
    public synchronized void deleteBook(long bookId) {
        discard(TrashKind.BOOK, bookId, item -> "Delete \u201c" + item.getTitle() + "\u201d");
    }

    /** Deletes an author and, with it, its books, into the trash; returns how many books went. Undoable. */
    public synchronized int deleteAuthor(long authorId) {
        return discard(TrashKind.AUTHOR, authorId, item -> "Delete " + item.getTitle() + (item.getNote().isEmpty() ? "" : " " + item.getNote()))
                .map(item -> RowSnapshot.fromJson(item.getSnapshot()).count("book")).orElse(0);
    }

    /** Deletes into the trash and records the undo step named by {@code label}; refuses books with a copy on loan. */
    private Optional<TrashItem> discard(TrashKind kind, long id, java.util.function.Function<TrashItem, String> label) {
        try {
            Optional<TrashItem> item = catalog.db().atomic(() -> {
                trash.refuseWhileOnLoan(kind, id);
                Optional<TrashItem> trashed = trash.discard(kind, id);
                trashed.ifPresent(t -> history.recordDelete(label.apply(t), t));
                return trashed;
            });
            readLabels();
            return item;
        } catch (TrashException e) {
            throw new CatalogueException(e.getMessage(), e);
        }
    }

    /** What Undo would undo ("Undo Delete “Emma”"), or empty when there is nothing to undo. */
    public Optional<String> undoLabel() { // not synchronized: the window calls it on the FX thread
        return undoLabel;
    }

    /** What Redo would make again ("Redo Delete “Emma”"), or empty. */
    public Optional<String> redoLabel() {
        return redoLabel;
    }

    /**
     * Undoes the newest edit, creation or deletion still in the history (which the catalogue keeps,
     * so it survives a restart); returns what was undone.
     *
     * @throws CatalogueException when it no longer applies (the book changed since): nothing is changed
     */
    public synchronized Optional<String> undo() {
        return step(history::undo, "undo");
    }

    /** Makes again what was last undone; returns it. */
    public synchronized Optional<String> redo() {
        return step(history::redo, "redo");
    }

    private Optional<String> step(java.util.function.Supplier<Optional<String>> step, String what) {
        try {
            return step.get();
        } catch (UndoConflict e) {
            throw new CatalogueException(e.getMessage(), e);
        } catch (OrmException e) {
            throw new CatalogueException("Could not " + what + ": " + e.getMessage(), e);
        } finally {
            readLabels();
        }
    }

    /** Changes to several books at once (the window's bulk panel), each one undo step. */
    public BulkEdit bulk() {
        return bulk;
    }

    /** The catalogue's trash (list, restore, empty). */
    public Trash trash() {
        return trash;
    }

    /**
     * Puts trash item {@code trashId} back as {@link Trash#restore} does, as a step of the undo history
     * (Undo sends it to the trash again).
     *
     * @throws org.alcove.catalog.trash.TrashException when it cannot be restored; nothing changes
     */
    public org.alcove.catalog.trash.TrashEntry restoreFromTrash(long trashId) {
        org.alcove.catalog.trash.TrashEntry restored = history.restoreFromTrash(trashId);
        readLabels();
        return restored;
    }

    /**
     * Writes every field of the draft to the book and saves it with its series, tags and credits
     * (the first author first, then the contributor lines in order); in the caller's transaction.
     */
    private Book write(Book book, BookDraft d) {
        BookDraft.More m = d.more();
        Author author = findAuthor(strip(d.authorName())).orElseThrow();
        // A date left as it was keeps its precision: a book known by its year stays "1996", not 1996-01-01.
        boolean sameDate = book.getId() != null && java.util.Objects.equals(book.getPublicationDate(), d.published());
        book.setTitle(strip(d.title()))
                .setAuthor(author)
                .setPublicationDate(d.published(), sameDate ? book.getDatePrecision() : null)
                .setGenre(d.genre())
                .setPages(Integer.parseInt(strip(d.pages())))
                .setIsbn(strip(d.isbn()).isEmpty() ? null : Isbn.toIsbn13(d.isbn()))
                .setSeries(series(strip(m.series())), decimal(m.seriesIndex(), "the series index"))
                .setFirstPublished(year(m.firstPublished()))
                .setPublisher(strip(m.publisher()))
                .setLanguage(strip(m.language()))
                .setFormat(strip(m.format()))
                .setStatus(m.status())
                .setRating(decimal(m.rating(), "the rating"));
        if (m.texts() != null) {
            book.setDescription(m.texts().description().strip()).setNotes(m.texts().notes().strip()).setReview(m.texts().review().strip());
        }
        catalog.db().save(book); // every save writes the row, so its version changes even when only the lists below do
        if (m.identifiers() != null) {
            BookLists.writeIdentifiers(catalog.db(), book, m.identifiers());
        }
        if (m.readings() != null) {
            BookLists.writeReadings(catalog.db(), book, m.readings());
        }
        List<Tag> tags = new java.util.ArrayList<>();
        for (String name : tagNames(m.tags())) {
            tags.add(catalog.db().objects(Tag.class).filter("name__iexact", name).first()
                    .orElseGet(() -> catalog.db().objects(Tag.class).create(new Tag(name))));
        }
        book.tags().set(tags);
        List<Object[]> wanted = new java.util.ArrayList<>();
        wanted.add(new Object[] {author, ContributorRole.AUTHOR});
        for (Credit c : credits(m.contributors())) {
            Author who = findAuthor(c.name()).orElseThrow();
            if (!(who.equals(author) && c.role() == ContributorRole.AUTHOR)) {
                wanted.add(new Object[] {who, c.role()});
            }
        }
        List<String> now = book.contributions().orderBy("position", "id").list().stream()
                .map(c -> c.getAuthor().getId() + ":" + c.getRole().code()).toList();
        List<String> want = wanted.stream().map(w -> ((Author) w[0]).getId() + ":" + ((ContributorRole) w[1]).code()).toList();
        if (!now.equals(want)) { // credits left as they are stay the same rows, so an unchanged save changes nothing
            catalog.db().objects(Contribution.class).filter("book", book).delete();
            for (Object[] w : wanted) {
                book.credit((Author) w[0], (ContributorRole) w[1]);
            }
        }
        return book;
    }

    private Series series(String name) {
        if (name.isEmpty()) {
            return null;
        }
        return catalog.db().objects(Series.class).filter("name__iexact", name).orderBy("id").first()
                .orElseGet(() -> catalog.db().objects(Series.class).create(new Series(name)));
    }

    private Optional<Author> findAuthor(String name) {
        return catalog.authors().filter("name", name).orderBy("id").first();
    }

    private BookDraft draftOf(Book b) {
        List<String> credits = new java.util.ArrayList<>();
        boolean firstAuthor = true;
        for (Contribution c : b.contributions().selectRelated("author").orderBy("position", "id")) {
            if (firstAuthor && c.getRole() == ContributorRole.AUTHOR && c.getAuthor().equals(b.getAuthor())) {
                firstAuthor = false; // the Author field shows this one
                continue;
            }
            credits.add(c.getAuthor().getName() + (c.getRole() == ContributorRole.AUTHOR ? ""
                    : " (" + c.getRole().label().toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        String tags = String.join(", ", b.tags().all().orderBy("name").valuesListFlat("name", String.class).list());
        BookDraft.More more = new BookDraft.More(b.getSeries() == null ? "" : b.getSeries().getName(), plain(b.getSeriesIndex()),
                b.getFirstPublished() == null ? "" : b.getFirstPublished().toString(), b.getPublisher(), b.getLanguage(),
                b.getFormat(), b.getStatus(), plain(b.getRating()), tags, String.join("\n", credits),
                new BookDraft.Texts(b.getDescription(), b.getNotes(), b.getReview()),
                BookLists.identifiersOf(catalog.db(), b.getId()), BookLists.readingsOf(catalog.db(), b.getId()));
        return new BookDraft(b.getTitle(), b.getAuthor().getName(), b.getPublicationDate(), b.getGenre(),
                Integer.toString(b.getPages()), b.getIsbn() == null ? "" : b.getIsbn(), more);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
