package org.alcove.orm.schema;

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
}
