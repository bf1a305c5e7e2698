package org.alcove.catalog;

import java.util.Arrays;
import java.util.Locale;
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

    /** The genre whose code or label is {@code text}, ignoring case. */
    public static Optional<Genre> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(g -> g.code.toLowerCase(Locale.ROOT).equals(t) || g.label.toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
