package org.alcove.catalog.search;

/**
 * A search query the user typed cannot be read. The message says what is wrong, where (a 0-based
 * character position) and, where it helps, what to write instead:
 * {@code Unknown field 'titel' at 0; fields are author, genre, isbn, pages, title, year}.
 *
 * <p>A search box shows the message and can put the caret at {@link #position()}.
 */
public final class SearchSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int MAX_EXCERPT = 30;

    private final int position;

    SearchSyntaxException(String problem, int position) {
        this(problem, position, null);
    }

    SearchSyntaxException(String problem, int position, String hint) {
        super(problem + " at " + position + (hint == null ? "" : "; " + hint));
        this.position = position;
    }

    /** What the user typed, cut short so a pasted page of text doesn't become the message. */
    static String excerpt(String typed) {
        return typed.length() <= MAX_EXCERPT ? typed : typed.substring(0, MAX_EXCERPT) + "…";
    }

    /** The 0-based character index in the query where the problem is (the query length for "at the end"). */
    public int position() {
        return position;
    }
}
