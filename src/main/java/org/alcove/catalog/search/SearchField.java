package org.alcove.catalog.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A field a search term can name before a colon, as in {@code title:river} or {@code pages:>400}. */
public enum SearchField {
    AUTHOR, BARCODE, BORROWER, GENRE, HAS, IN, ISBN, LANG, LOANED, LOCATION, OVERDUE, PAGES, PUBLISHER, RATING, ROLE, SERIES, STATUS, TAG, TITLE, YEAR;

    /** The name the user types, e.g. {@code "pages"}. */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the field takes numbers, comparisons and ranges rather than text. */
    public boolean isNumeric() {
        return this == PAGES || this == YEAR || this == RATING;
    }

    /** The field called {@code name}, ignoring case. */
    static Optional<SearchField> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.fieldName().equalsIgnoreCase(name)).findFirst();
    }

    /** The valid field names for error messages: {@code "author, genre, isbn, lang, pages, ..."}. */
    static String choices() {
        return Arrays.stream(values()).map(SearchField::fieldName).collect(Collectors.joining(", "));
    }
}
