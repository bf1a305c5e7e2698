package org.alcove.catalog.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a format's columns in a header by name: case-insensitive, stripped of spaces and
 * LibraryThing's single quotes, in any order; extra columns are ignored.
 */
final class Columns {

    private final String sourceName;
    private final List<String> header;
    private final Map<String, Integer> indexByName = new HashMap<>();

    Columns(String sourceName, List<String> header) {
        this.sourceName = sourceName;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            indexByName.putIfAbsent(ImportFormat.normaliseColumnName(header.get(i)), i);
        }
    }

    /**
     * The first of the aliases the header has.
     *
     * @throws MissingColumnException naming the first alias when the header has none of them
     */
    Column require(String... aliases) throws MissingColumnException {
        return optional(aliases)
                .orElseThrow(() -> new MissingColumnException(sourceName, aliases[0], header));
    }

    /** The exception for a missing column, with a hint. */
    MissingColumnException missing(String column, String hint) {
        return new MissingColumnException(sourceName, column, header, hint);
    }

    /** The header's names in file order. */
    List<String> header() {
        return header;
    }

    Optional<Column> optional(String... aliases) {
        for (String alias : aliases) {
            Integer index = indexByName.get(ImportFormat.normaliseColumnName(alias));
            if (index != null) {
                return Optional.of(new Column(index, header.get(index)));
            }
        }
        return Optional.empty();
    }
}
