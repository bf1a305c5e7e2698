package org.alcove.orm.internal.schema;

import org.alcove.orm.FieldKind;
import org.alcove.orm.OnDelete;

/**
 * A column as the schema editor creates it: what a model field or a migration's field state
 * becomes in the database.
 *
 * @param name         the column name
 * @param kind         the field kind, which decides the SQL type
 * @param nullable     whether NULL is allowed
 * @param unique       whether a UNIQUE constraint applies
 * @param maxLength    the character limit of CHAR columns (0 otherwise)
 * @param maxDigits    the digits of DECIMAL columns (0 otherwise)
 * @param decimalPlaces the fraction digits of DECIMAL columns
 * @param defaultSql   the SQL literal of the default, or null for none
 * @param references   the referenced table of a FOREIGN_KEY column, or null
 * @param onDelete     the referential action the ORM applies (informational for the database)
 */
public record ColumnDef(String name, FieldKind kind, boolean nullable, boolean unique, int maxLength,
                        int maxDigits, int decimalPlaces, String defaultSql, String references, OnDelete onDelete) {

    /** This column with another name. */
    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, kind, nullable, unique, maxLength, maxDigits, decimalPlaces, defaultSql, references, onDelete);
    }

    /** Whether this column is the auto-increment primary key. */
    public boolean isPrimaryKey() {
        return kind == FieldKind.AUTO;
    }
}
