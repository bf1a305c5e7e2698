package org.alcove.catalog.browse;

/** The columns the books table can be sorted by, each naming the fields the database orders on. */
public enum SortKey {
    TITLE("title"),
    /** By name, then by author (namesakes apart), so the author-name index orders it with no sort. */
    AUTHOR("author__name", "author__id"),
    /** By the genre's name whatever its case; books without a genre first (last descending). */
    GENRE("genre__nameKey"),
    PUBLISHED("publicationDate"),
    PAGES("pages"),
    ISBN("isbn");

    private final String[] fields;

    SortKey(String... fields) {
        this.fields = fields;
    }

    /**
     * The ordering of a page: this key's fields, then the book's id (so pages never overlap), all
     * ascending or all descending.
     */
    String[] ordering(boolean descending) {
        String dir = descending ? "-" : "";
        String[] order = new String[fields.length + 1];
        for (int i = 0; i < fields.length; i++) {
            order[i] = dir + fields[i];
        }
        order[fields.length] = dir + "id";
        return order;
    }
}
