package org.alcove.orm.internal.schema;

import java.util.List;

/**
 * An index or a unique constraint on columns of a table.
 *
 * @param name    the index name
 * @param columns column names; a leading {@code -} makes a column descending
 * @param unique  whether this is a unique constraint
 */
public record IndexDef(String name, List<String> columns, boolean unique) {
    public IndexDef {
        columns = List.copyOf(columns);
    }

    /**
     * The plain index of an indexed field or foreign key, named {@code table_column_idx} by the one
     * rule the models and the migrations' replayed state share.
     */
    public static IndexDef ofField(String table, String column) {
        return new IndexDef(table + "_" + column + "_idx", List.of(column), false);
    }

    /** The name of a declared index that gives none: {@code table_col1_col2_idx}, descending marks dropped. */
    public static String defaultName(String table, List<String> columns) {
        return table + "_" + String.join("_", columns).replace("-", "") + "_idx";
    }
}
