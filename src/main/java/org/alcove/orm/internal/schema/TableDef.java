package org.alcove.orm.internal.schema;

import java.util.List;
import java.util.Optional;

/** A table as the schema editor creates it: columns in order, then indexes and unique constraints. */
public record TableDef(String name, List<ColumnDef> columns, List<IndexDef> indexes) {
    public TableDef {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    /** The column called {@code columnName}. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
