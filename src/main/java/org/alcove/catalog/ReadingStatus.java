package org.alcove.catalog;

import java.util.Locale;
import java.util.Optional;

import org.alcove.orm.Choice;

/** Where the owner is with a book. */
public enum ReadingStatus implements Choice {
    TO_READ("to-read", "To read"),
    READING("reading", "Reading"),
    READ("read", "Read"),
    ABANDONED("abandoned", "Abandoned");

    private final String code;
    private final String label;

    ReadingStatus(String code, String label) {
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

    /** The status named by {@code text}, ignoring case, spaces, hyphens and underscores ({@code to read}, {@code TO_READ}, {@code to-read}). */
    public static Optional<ReadingStatus> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (ReadingStatus s : values()) {
            if (s.code.replace("-", "").equals(t) || s.label.toLowerCase(Locale.ROOT).replace(" ", "").equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
