package org.alcove.catalog.io;

import java.util.List;

/**
 * The header of an import file lacks a column the format requires. Thrown when the reader opens,
 * before any row is read, with a message such as
 * "books.csv has no 'isbn' column; found: title, author, publication_date".
 */
public final class MissingColumnException extends ImportFileException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final List<String> found;

    /**
     * Creates the exception.
     *
     * @param sourceName the file's name as the user knows it
     * @param column the missing column's name
     * @param found the header's column names
     */
    public MissingColumnException(String sourceName, String column, List<String> found) {
        this(sourceName, column, found, "");
    }

    /**
     * Creates the exception with a hint after the message.
     *
     * @param sourceName the file's name as the user knows it
     * @param column the missing column's name
     * @param found the header's column names
     * @param hint what the user can do, "" for nothing
     */
    public MissingColumnException(String sourceName, String column, List<String> found, String hint) {
        super(sourceName + " has no '" + column + "' column; found: " + String.join(", ", found)
                + (hint.isEmpty() ? "" : "; " + hint));
        this.column = column;
        this.found = List.copyOf(found);
    }

    /**
     * The missing column.
     *
     * @return its name as the format documents it
     */
    public String column() {
        return column;
    }

    /**
     * The columns the header has.
     *
     * @return the header's names, in file order
     */
    public List<String> found() {
        return found;
    }
}
