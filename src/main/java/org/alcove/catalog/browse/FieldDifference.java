package org.alcove.catalog.browse;

/**
 * One field that another desk saved differently from the form: what is in the catalogue now
 * (theirs) and what the form holds (mine), as the form shows them ("" for empty).
 *
 * @param theyChanged whether the other desk changed it (rather than only this form)
 */
public record FieldDifference(BookField field, String theirs, String mine, boolean theyChanged) {
    /** The field's name as the form shows it. */
    public String label() {
        return field.label();
    }
}
