package org.alcove.catalog.browse;

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

    /** Deleted rows come back with their old ids and every field, the author first, then the books, then what hangs on them. */
    static UndoableChange deleted(Catalog catalog, DeletedRows rows, String what) {
        return of("Undo delete of " + what, () -> rows.restore(catalog.db()));
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
