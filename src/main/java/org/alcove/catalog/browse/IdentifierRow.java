package org.alcove.catalog.browse;

/**
 * One identifier of a book as the editor's identifiers table holds it, as typed: its scheme
 * ({@code asin}, {@code oclc}, ... or another short name) and its value.
 */
public record IdentifierRow(String scheme, String value) {
    public IdentifierRow {
        scheme = scheme == null ? "" : scheme;
        value = value == null ? "" : value;
    }

    /** A new identifier: an ASIN (the commonest) without a value yet. */
    public static IdentifierRow blank() {
        return new IdentifierRow("asin", "");
    }
}
