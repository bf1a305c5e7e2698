package org.alcove.catalog;

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

    /** The constant whose code or label is {@code text}, as {@link Choice#parse} reads it ({@code to read}, {@code TO_READ}, {@code to-read}). */
    public static Optional<ReadingStatus> parse(String text) {
        return Choice.parse(ReadingStatus.class, text);
    }
}
