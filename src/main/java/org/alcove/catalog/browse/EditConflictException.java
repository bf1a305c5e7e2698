package org.alcove.catalog.browse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A save refused because another desk saved the same book since the form opened it: nothing was
 * written. It carries the book as it is now ({@link #theirs()}) and the fields that differ from
 * the form; saving the form again with {@code theirs()} as its base keeps mine, loading
 * {@code theirs().draft()} into the form takes theirs.
 */
public final class EditConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient EditedBook theirs;
    private final transient List<FieldDifference> differences;

    public EditConflictException(EditedBook theirs, List<FieldDifference> differences) {
        super(message(theirs, differences));
        this.theirs = theirs;
        this.differences = List.copyOf(differences);
    }

    private static String message(EditedBook theirs, List<FieldDifference> differences) {
        String fields = differences.stream().limit(3).map(d -> d.label() + " (theirs \u201c" + d.theirs() + "\u201d, yours \u201c" + d.mine() + "\u201d)")
                .collect(Collectors.joining(", "));
        return "\u201c" + theirs.draft().title() + "\u201d was changed on another desk since you opened it: " + fields
                + (differences.size() > 3 ? " and " + (differences.size() - 3) + " more" : "") + ". Nothing was saved; keep yours or take theirs.";
    }

    /** The book as the other desk saved it, with its version now. */
    public EditedBook theirs() {
        return theirs;
    }

    /** The fields where the catalogue and the form differ, in the form's order. */
    public List<FieldDifference> differences() {
        return differences;
    }
}
