package org.alcove.catalog.browse;

/** The fields of the book form, for attaching validation messages to them. */
public enum BookField {
    TITLE, AUTHOR, PUBLISHED, GENRE, PAGES, ISBN,
    SERIES, SERIES_INDEX, FIRST_PUBLISHED, PUBLISHER, LANGUAGE, FORMAT, STATUS, RATING, TAGS, CONTRIBUTORS
}
