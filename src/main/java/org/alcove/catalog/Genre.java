package org.alcove.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alcove.orm.Choice;

/** A book's genre, stored as its three-letter code (the seed's GENRE_CHOICES). */
public enum Genre implements Choice {
    FIC("FIC", "Fiction"),
    NON("NON", "Non-Fiction"),
    SCI("SCI", "Science"),
    HIS("HIS", "History");

    private final String code;
    private final String label;

    Genre(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The genre whose code or label is {@code text}, ignoring case, spaces, hyphens and underscores
     * ({@code sci}, {@code Non-Fiction}, {@code nonfiction} and {@code non fiction} all name one).
     * The one rule every reader of genres uses: import cells and shelves, the search language.
     */
    public static Optional<Genre> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /** Codes and labels as {@link #key} folds them, built once: parse runs for every imported row. */
    private static final Map<String, Genre> BY_KEY = new HashMap<>();

    static {
        for (Genre g : values()) {
            BY_KEY.put(key(g.code), g);
            BY_KEY.put(key(g.label), g);
        }
    }

    /** The genres as a reader lists them in a message: "FIC (Fiction), NON (Non-Fiction), …". */
    public static String choices() {
        StringBuilder b = new StringBuilder();
        for (Genre g : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(g.code).append(" (").append(g.label).append(')');
        }
        return b.toString();
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '_' && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
