package org.alcove.catalog;

import java.util.Optional;

import org.alcove.orm.Choice;

/** What a contributor did for a book, stored as its MARC relator code ({@code aut}, {@code trl}, ...). */
public enum ContributorRole implements Choice {
    AUTHOR("aut", "Author"),
    EDITOR("edt", "Editor"),
    TRANSLATOR("trl", "Translator"),
    ILLUSTRATOR("ill", "Illustrator"),
    CONTRIBUTOR("ctb", "Contributor");

    private final String code;
    private final String label;

    ContributorRole(String code, String label) {
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

    /** The constant whose code or label is {@code text}, as {@link Choice#parse} reads it ({@code trl}, {@code Translator}, {@code translator}). */
    public static Optional<ContributorRole> parse(String text) {
        return Choice.parse(ContributorRole.class, text);
    }
}
