package org.alcove.catalog.io;

import java.util.Map;

/**
 * What a user can tell the books reader beyond the format: which column holds which field for a
 * generic CSV ({@code --map COLUMN=FIELD}), and how genres are picked ({@code --genres FILE}).
 *
 * @param columnMap column name (as the header spells it, any case) to field name, for the
 *     generic CSV format; empty for the built-in guesses
 * @param genres the genre mapping
 */
public record BookReadOptions(Map<String, String> columnMap, GenreMapping genres) {

    /** No column map, the built-in genre mapping. */
    public static BookReadOptions defaults() {
        return new BookReadOptions(Map.of(), GenreMapping.builtIn());
    }

    /** Copies the map. */
    public BookReadOptions {
        columnMap = Map.copyOf(columnMap);
    }
}
