package org.alcove.catalog.browse;

import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;

/** The last change made through {@link BookEditing}, with what it takes to revert it. */
interface UndoableChange {
    String label();

    void revert();

    static UndoableChange edited(BookEditing editing, long bookId, BookDraft before) {
        return of("Undo edit of \u201c" + before.title() + "\u201d", () -> editing.restore(bookId, before));
    }

    static UndoableChange created(Catalog catalog, long bookId, String title) {
        return of("Undo new book \u201c" + title + "\u201d", () -> catalog.books().filter("id", bookId).delete());
    }

    static UndoableChange createdAuthor(Catalog catalog, long authorId, String name) {
        return of("Undo new author \u201c" + name + "\u201d", () -> catalog.authors().filter("id", authorId).delete());
    }

    static UndoableChange editedAuthor(BookEditing editing, AuthorDetails before) {
        return of("Undo edit of " + before.name(), () -> editing.writeAuthor(before));
    }

    /** Deleted rows come back with their old ids, the author first. */
    static UndoableChange deletedBooks(Catalog catalog, Author author, List<Book> books, String what) {
        return of("Undo delete of " + what, () -> {
            if (author != null) {
                Author again = new Author(author.getName(), author.getBirthDate()).setBiography(author.getBiography());
                again.setId(author.getId());
                catalog.db().save(again);
            }
            for (Book b : books) {
                Author a = new Author();
                a.setId(b.getAuthor().getId());
                Book again = new Book(b.getTitle(), a, b.getPublicationDate(), b.getIsbn(), b.getGenre(), b.getPages());
                again.setId(b.getId());
                catalog.db().save(again);
            }
        });
    }

    private static UndoableChange of(String label, Runnable revert) {
        return new UndoableChange() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}
