package org.alcove.catalog.io;

/** Genre cells as an import reads them: the text is a genre's name or code, found or made when the rows are saved. */
final class Genres {

    /** The genre of a book the file gives none: no genre. */
    static final String NONE = "";

    private Genres() {
    }

    /** A genre cell: the name or code it holds, stripped; blank means none. */
    static String parse(String raw) {
        return raw.strip();
    }
}
