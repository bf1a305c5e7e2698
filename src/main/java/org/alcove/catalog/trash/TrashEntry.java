package org.alcove.catalog.trash;

import java.time.LocalDateTime;

import org.alcove.catalog.TrashKind;

/**
 * One thing in the trash, as the trash list shows it.
 *
 * @param id the trash item's number, which {@code alcove trash restore ID} takes
 * @param kind a book, an author or a borrower
 * @param originalId the id it had and gets back
 * @param title the book's title, the author's or borrower's name
 * @param detail the book's author, the borrower's card; blank for an author
 * @param note what went with it ("and 3 books"), or blank
 * @param deletedAt when it was deleted
 */
public record TrashEntry(long id, TrashKind kind, long originalId, String title, String detail, String note, LocalDateTime deletedAt) {
    /** "“Dune” by Frank Herbert", "Jane Austen and 3 books", "Ada Pupil (card P1)". */
    public String describe() {
        return switch (kind) {
            case BOOK -> "\u201c" + title + "\u201d" + (detail.isEmpty() ? "" : " by " + detail);
            case AUTHOR -> title + (note.isEmpty() ? "" : " " + note);
            case BORROWER -> title + (detail.isEmpty() ? "" : " (card " + detail + ")");
        };
    }
}
