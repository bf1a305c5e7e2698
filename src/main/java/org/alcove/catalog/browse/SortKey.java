package org.alcove.catalog.browse;

/** The columns the books table can be sorted by, each naming the field the database orders on. */
public enum SortKey {
    TITLE("title"),
    AUTHOR("author__name"),
    GENRE("genre"),
    PUBLISHED("publicationDate"),
    PAGES("pages"),
    ISBN("isbn");

    private final String field;

    SortKey(String field) {
        this.field = field;
    }

    /** The lookup name ordered on. */
    String field() {
        return field;
    }
}
