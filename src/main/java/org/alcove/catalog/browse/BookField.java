package org.alcove.catalog.browse;

/** The fields of the book form, for attaching validation messages to them. */
public enum BookField {
    TITLE, AUTHOR, PUBLISHED, GENRE, PAGES, ISBN
}
