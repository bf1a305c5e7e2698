package org.alcove.catalog.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alcove's full books CSV: one row per book with every field the catalogue holds, in the columns
 * of {@link #HEADER}. A cell holding a list separates its items with {@code "; "}; a copy's fields
 * are separated by {@code " | "}; a backslash makes the next character plain, so a name or tag may
 * hold {@code ;}, {@code |} or {@code \} ({@code "Smith\; Jones"} is one name):
 *
 * <pre>
 * authors      Ursula K. Le Guin; Gregory Rabassa (translator)   (the role after the name; none for an author)
 * identifiers  isbn10:0441013597; asin:B000FC1PJA                 (scheme:value)
 * tags         favourites; to lend                                 
 * read_dates   2020-01-02/2020-02-03; /2021-05-01; /                (started/finished, either may be empty)
 * copies       A0001 | Shelf 3 | 823.914 LEG | 2020-05-01 | 12.5 | good   (barcode | location | call number |
 *              acquired | price | condition; trailing empty fields left out, a copy with none written "|")
 * publication_date  1996, 1996-05 or 1996-05-17, as precise as known (0650 for the year 650)
 * first_published   the year the work first appeared: -700 for 700 BCE
 * </pre>
 *
 * The cells are written as {@link SafeCsvPrinter} writes every export (formula-like starts get an
 * apostrophe), and {@link #cell} undoes that on import.
 */
public final class FullBookCsv {

    /** The columns, in the order the export writes them. */
    public static final List<String> HEADER = List.of("title", "authors", "series", "series_index", "isbn",
            "identifiers", "publication_date", "first_published", "genre", "tags", "publisher", "language",
            "format", "pages", "status", "rating", "review", "description", "notes", "read_dates", "copies", "cover");

    /** The columns only the full format has: a header with them all is a full file. */
    private static final Set<String> DISTINCTIVE = Set.of("title", "authors", "identifiers", "read_dates", "copies");

    /** The fields of a copy, in the order a {@code copies} item gives them. */
    public static final List<String> COPY_FIELDS = List.of("barcode", "location", "call_number", "acquired", "price", "condition");

    private FullBookCsv() {
    }

    /**
     * Whether a header is the full format's: it has {@code title}, {@code authors}, {@code identifiers},
     * {@code read_dates} and {@code copies} (any case, any order).
     *
     * @param header the header's column names
     * @return whether it is
     */
    public static boolean matches(List<String> header) {
        Set<String> names = header.stream().map(ImportFormat::normaliseColumnName).collect(Collectors.toSet());
        return names.containsAll(DISTINCTIVE);
    }

    /**
     * A cell as it was before the export neutralised it ({@code '=x} back to {@code =x}).
     *
     * @param raw the cell as read
     * @return the value
     */
    public static String cell(String raw) {
        return FormulaEscaping.restore(raw);
    }

    /**
     * Joins items into a list cell, escaping the separators inside them.
     *
     * @param items the items
     * @return {@code "a; b\; c"}
     */
    public static String joinItems(List<String> items) {
        return items.stream().map(FullBookCsv::escape).collect(Collectors.joining("; "));
    }

    /**
     * The items of a list cell, each stripped, still escaped (split them further with {@link #fields}
     * or read them with {@link #unescape}); blank items left out.
     *
     * @param cell the cell
     * @return the items
     */
    public static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : split(cell, ';')) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * Joins a copy's fields into one item, leaving out trailing empty ones ({@code "|"} when all are).
     *
     * @param fields the fields in {@link #COPY_FIELDS} order, null or "" when unknown
     * @return the item
     */
    public static String joinFields(List<String> fields) {
        int last = fields.size();
        while (last > 0 && (fields.get(last - 1) == null || fields.get(last - 1).isEmpty())) {
            last--;
        }
        if (last == 0) {
            return "|";
        }
        return fields.subList(0, last).stream().map(f -> f == null ? "" : escape(f)).collect(Collectors.joining(" | "));
    }

    /**
     * The fields of an item read by {@link #items}, each stripped and unescaped.
     *
     * @param item the item, still escaped
     * @return the fields, as many as the item has
     */
    public static List<String> fields(String item) {
        return split(item, '|').stream().map(f -> unescape(f.strip())).toList();
    }

    /**
     * An author credit as the {@code authors} cell writes it: the name alone for an author, else
     * {@code "Name (role)"}; a name ending in a parenthesis gets its role even as an author, so
     * {@code "Prince (musician)"} stays one name.
     *
     * @param name the name
     * @param role the role's label, lower case ({@code translator})
     * @return the text, not yet escaped
     */
    public static String credit(String name, String role) {
        boolean plain = role == null || role.equalsIgnoreCase("author");
        return plain && !name.endsWith(")") ? name : name + " (" + (role == null ? "author" : role.toLowerCase(Locale.ROOT)) + ")";
    }

    /** Escapes the separators and the escape character. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == ';' || c == '|') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Reads an escaped text: a backslash makes the next character plain.
     *
     * @param s the text
     * @return it without escapes
     */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Splits on {@code sep} where no backslash escapes it; the parts keep their escapes. */
    private static List<String> split(String s, char sep) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(c).append(s.charAt(++i));
            } else if (c == sep) {
                parts.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        parts.add(b.toString());
        return parts;
    }
}
