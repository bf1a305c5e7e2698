package org.alcove.orm;

/** What deleting a referenced row does to the rows that point at it, as Django's {@code on_delete}. */
public enum OnDelete {
    /** Delete the referring rows too. */
    CASCADE,
    /** Refuse the delete with a {@link ProtectedError} naming the referring rows. */
    PROTECT,
    /** Refuse unless the referring rows are themselves being deleted by a cascade. */
    RESTRICT,
    /** Set the reference to NULL (the field must be nullable). */
    SET_NULL,
    /** Set the reference to the field's default. */
    SET_DEFAULT,
    /** Do nothing; the database's own constraint decides. */
    DO_NOTHING
}
