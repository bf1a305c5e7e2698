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

    /**
     * The fields a column of a generic CSV can be mapped to, as {@code --map} names them, {@code ignore} last.
     *
     * @return the names
     */
    public static java.util.List<String> csvFields() {
        return java.util.Arrays.stream(GenericBookMapper.Field.values()).map(GenericBookMapper.Field::mapName).toList();
    }

    /**
     * The field each column of {@code header} is read as when nothing is mapped: its guess from the
     * column's name, {@code ignore} when none.
     *
     * @param header the header's column names
     * @return column name to field name, in header order
     */
    public static Map<String, String> guessCsvFields(java.util.List<String> header) {
        Map<GenericBookMapper.Field, Column> found;
        try {
            found = GenericBookMapper.fields(new Columns("", header), Map.of());
        } catch (ImportFileException e) {
            throw new IllegalStateException("an empty column map cannot be wrong", e);
        }
        Map<String, String> guess = new java.util.LinkedHashMap<>();
        header.forEach(h -> guess.put(h, GenericBookMapper.Field.IGNORE.mapName()));
        found.forEach((field, column) -> guess.put(column.name(), field.mapName()));
        return guess;
    }

    /** Copies the map. */
    public BookReadOptions {
        columnMap = Map.copyOf(columnMap);
    }
}
