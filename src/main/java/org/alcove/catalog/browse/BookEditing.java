package org.alcove.catalog.browse;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.ControlCharacters;
import org.alcove.catalog.Loan;
import org.alcove.catalog.io.InvalidValueException;
import org.alcove.catalog.io.Isbn;
import org.alcove.orm.DatabaseError;
import org.alcove.orm.OrmException;
import org.alcove.orm.Q;

/**
 * Changes to the catalogue from the editor: load a book as a draft, validate it (required title
 * and author, ISBN checksum, pages at least 0, ISBN unique), save it, create authors, delete books
 * and authors, and undo the last of these. Safe to call from any thread.
 */
public final class BookEditing {
    private static final int MAX_TITLE = 200;
    /** The longest author name the catalogue stores. */
    public static final int MAX_NAME = 100;

    private final Catalog catalog;
    /** Written under this object's lock; volatile so {@link #undoLabel} can read it without waiting for a write. */
    private volatile UndoableChange lastChange;

    public BookEditing(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The book with {@code id} as a draft for the form, or empty when it no longer exists. */
    public Optional<BookDraft> load(long id) {
        return catalog.books().filter("id", id).selectRelated("author").first().map(BookEditing::draftOf);
    }

    /** What is wrong with {@code draft}, checked against the catalogue for the author and a unique ISBN. */
    public Validation validate(BookDraft draft, Long bookId) {
        Map<BookField, String> errors = new EnumMap<>(BookField.class);
        String title = strip(draft.title());
        if (title.isEmpty()) {
            errors.put(BookField.TITLE, "A title is required");
        } else if (title.length() > MAX_TITLE) {
            errors.put(BookField.TITLE, "At most " + MAX_TITLE + " characters (" + title.length() + ")");
        } else {
            ControlCharacters.problem(title).ifPresent(p -> errors.put(BookField.TITLE, "The title " + p + "; remove it"));
        }
        String author = strip(draft.authorName());
        if (author.isEmpty()) {
            errors.put(BookField.AUTHOR, "An author is required");
        } else if (findAuthor(author).isEmpty()) {
            errors.put(BookField.AUTHOR, "No author named \u201c" + author + "\u201d; add one with New author");
        }
        if (draft.published() == null) {
            errors.put(BookField.PUBLISHED, "A publication date is required");
        }
        if (draft.genre() == null) {
            errors.put(BookField.GENRE, "Pick a genre");
        }
        try {
            if (Integer.parseInt(strip(draft.pages())) < 0) {
                errors.put(BookField.PAGES, "Pages cannot be negative");
            }
        } catch (NumberFormatException e) {
            errors.put(BookField.PAGES, "Pages must be a whole number");
        }
        validateIsbn(strip(draft.isbn()), bookId, errors);
        return new Validation(errors);
    }

    private void validateIsbn(String isbn, Long bookId, Map<BookField, String> errors) {
        if (isbn.isEmpty()) {
            errors.put(BookField.ISBN, "An ISBN is required");
            return;
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
     * returns the book's id. The change can be undone.
     *
     * @throws InvalidBookException when the draft does not validate
     */
    public synchronized long save(Long bookId, BookDraft draft) {
        Validation v = validate(draft, bookId);
        if (!v.isValid()) {
            throw new InvalidBookException(v);
        }
        try {
            if (bookId == null) {
                Book created = catalog.books().create(apply(new Book(), draft));
                lastChange = UndoableChange.created(catalog, created.getId(), created.getTitle());
                return created.getId();
            }
            Book book = catalog.books().selectRelated("author").get("id", bookId);
            BookDraft before = draftOf(book);
            catalog.db().save(apply(book, draft));
            lastChange = UndoableChange.edited(this, bookId, before);
            return bookId;
        } catch (OrmException e) {
            throw new CatalogueException("The book could not be saved: " + e.getMessage(), e);
        }
    }

    /** Adds an author and returns its id. */
    public synchronized long createAuthor(String name, LocalDate birthDate) {
        String n = strip(name);
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("An author's name must have 1 to " + MAX_NAME + " characters");
        }
        try {
            Author a = catalog.authors().create(new Author(n, birthDate));
            lastChange = UndoableChange.createdAuthor(catalog, a.getId(), n);
            return a.getId();
        } catch (DatabaseError e) {
            throw new CatalogueException("The author could not be added: " + e.getMessage(), e);
        }
    }

    /** An author's name, birth date and biography, for editing. */
    public Optional<AuthorDetails> authorDetails(long authorId) {
        return catalog.authors().filter("id", authorId).first().map(BookEditing::details);
    }

    /** Saves an author's name, birth date and biography; undo puts the previous ones back. */
    public synchronized void updateAuthor(AuthorDetails details) {
        String n = strip(details.name());
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("An author's name must have 1 to " + MAX_NAME + " characters");
        }
        try {
            AuthorDetails before = authorDetails(details.id())
                    .orElseThrow(() -> new CatalogueException("The author is no longer in the catalogue", null));
            writeAuthor(new AuthorDetails(details.id(), n, details.birthDate(), details.biography().strip()));
            lastChange = UndoableChange.editedAuthor(this, before);
        } catch (OrmException e) {
            throw new CatalogueException("The author could not be saved: " + e.getMessage(), e);
        }
    }

    void writeAuthor(AuthorDetails d) {
        Author a = catalog.authors().get("id", d.id());
        a.setName(d.name()).setBirthDate(d.birthDate()).setBiography(d.biography());
        catalog.db().save(a);
    }

    /** Names of authors containing {@code text}, for completing the author field. */
    public List<String> authorNames(String text, int limit) {
        String t = strip(text);
        if (t.isEmpty()) {
            return List.of();
        }
        return catalog.authors().filter("name__icontains", t).valuesListFlat("name", String.class).slice(0, limit).list();
    }

    /** The author with its number of books, for a confirmation ("and its 12 books"). */
    public Optional<AuthorSummary> authorSummary(long authorId) {
        return catalog.authors().filter("id", authorId).first().map(BookEditing::summary);
    }

    private static AuthorDetails details(Author a) {
        return new AuthorDetails(a.getId(), a.getName(), a.getBirthDate(), a.getBiography());
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

    /** Deletes one book; undoable. */
    public synchronized void deleteBook(long bookId) {
        refuseWhileOnLoan(Q.of("book", bookId));
        catalog.books().filter("id", bookId).first().ifPresent(book -> catalog.db().atomic(() -> {
            DeletedRows rows = DeletedRows.ofBook(catalog.db(), bookId);
            catalog.books().filter("id", bookId).delete();
            lastChange = UndoableChange.deleted(catalog, rows, "\u201c" + book.getTitle() + "\u201d");
        }));
    }

    /** Deletes an author and, with it, its books; returns how many books went. Undoable. */
    public synchronized int deleteAuthor(long authorId) {
        Optional<Author> author = catalog.authors().filter("id", authorId).first();
        if (author.isEmpty()) {
            return 0;
        }
        refuseWhileOnLoan(Q.of("book__author", authorId));
        int[] books = new int[1];
        catalog.db().atomic(() -> {
            DeletedRows rows = DeletedRows.ofAuthor(catalog.db(), authorId);
            books[0] = catalog.authors().filter("id", authorId).delete().perModel().getOrDefault("Book", 0);
            lastChange = UndoableChange.deleted(catalog, rows, author.get().getName());
        });
        return books[0];
    }

    /** Refuses to delete books with a copy out on loan: the loan would lose its copy while someone still has it. */
    private void refuseWhileOnLoan(Q books) {
        catalog.db().objects(Loan.class).filter(books).filter(Loan.out("")).selectRelated("book", "borrower").first().ifPresent(l -> {
            throw new CatalogueException("\u201c" + l.getBook().getTitle() + "\u201d has a copy (" + l.getBarcode() + ") on loan to "
                    + (l.getBorrower() == null ? "a deleted borrower" : l.getBorrower().getName()) + "; return it before deleting the book.", null);
        });
    }

    /** What Undo would undo ("Undo delete of “Emma”"), or empty when there is nothing to undo. */
    public Optional<String> undoLabel() { // not synchronized: the window calls it on the FX thread
        return Optional.ofNullable(lastChange).map(UndoableChange::label);
    }

    /** Undoes the last save, creation or deletion; only one step is kept. */
    public synchronized void undo() {
        if (lastChange != null) {
            UndoableChange change = lastChange;
            lastChange = null;
            try {
                catalog.db().atomic(change::revert);
            } catch (OrmException e) {
                throw new CatalogueException("Could not undo: " + e.getMessage(), e);
            }
        }
    }

    /** Writes {@code draft} over the book without recording an undo step (used by undo itself). */
    void restore(long bookId, BookDraft draft) {
        catalog.db().save(apply(catalog.books().get("id", bookId), draft));
    }

    private Book apply(Book book, BookDraft d) {
        return book.setTitle(strip(d.title()))
                .setAuthor(findAuthor(strip(d.authorName())).orElseThrow())
                .setPublicationDate(d.published())
                .setGenre(d.genre())
                .setPages(Integer.parseInt(strip(d.pages())))
                .setIsbn(Isbn.toIsbn13(d.isbn()));
    }

    private Optional<Author> findAuthor(String name) {
        return catalog.authors().filter("name", name).orderBy("id").first();
    }

    private static BookDraft draftOf(Book b) {
        return new BookDraft(b.getTitle(), b.getAuthor().getName(), b.getPublicationDate(), b.getGenre(),
                Integer.toString(b.getPages()), b.getIsbn());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
