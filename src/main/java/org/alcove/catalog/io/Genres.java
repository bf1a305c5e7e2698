package org.alcove.catalog.io;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The catalogue's genre codes, read from codes, labels or Goodreads shelf names. */
final class Genres {

    static final String DEFAULT = "FIC";

    private static final Map<String, String> BY_CODE_OR_LABEL = Map.of(
            "fic", "FIC", "non", "NON", "sci", "SCI", "his", "HIS",
            "fiction", "FIC", "non-fiction", "NON", "science", "SCI", "history", "HIS");

    private static final Map<String, String> BY_SHELF = Map.of(
            "fiction", "FIC", "non-fiction", "NON", "nonfiction", "NON", "non fiction", "NON",
            "science", "SCI", "history", "HIS");

    private Genres() {
    }

    /**
     * A genre cell: a code or a label in any case; blank means fiction.
     *
     * @throws InvalidValueException naming the value and the valid choices
     */
    static String parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return DEFAULT;
        }
        String code = BY_CODE_OR_LABEL.get(s.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new InvalidValueException("unknown genre '" + s + "'; use FIC, NON, SCI or HIS,"
                    + " or Fiction, Non-Fiction, Science or History");
        }
        return code;
    }

    /** The genre of the first shelf in a Goodreads "Bookshelves" list that names one. */
    static Optional<String> fromShelves(String shelves) {
        for (String shelf : shelves.split(",")) {
            String code = BY_SHELF.get(shelf.strip().toLowerCase(Locale.ROOT));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
