package org.alcove.catalog.browse;

/**
 * A book as the form opened (or last saved) it: its id, the version its row had then, and its
 * fields. Saving with it ({@link BookEditing#saveOver(EditedBook, BookDraft)}) refuses to overwrite
 * what another desk saved meanwhile.
 *
 * @param version the row's version when read (see {@link org.alcove.catalog.Book#getVersion()})
 */
public record EditedBook(long id, long version, BookDraft draft) {
}
