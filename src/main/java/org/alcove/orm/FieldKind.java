package org.alcove.orm;

/** The kinds of model field, each with its own column type and Java conversion. */
public enum FieldKind {
    /** The auto-incrementing integer primary key. */
    AUTO,
    CHAR,
    TEXT,
    DATE,
    /** A date and time of day without a zone ({@link java.time.LocalDateTime}), stored as ISO text. */
    DATETIME,
    INTEGER,
    POSITIVE_INTEGER,
    BOOLEAN,
    DECIMAL,
    /** A many-to-one reference, stored as the target's id. */
    FOREIGN_KEY;

    /** Whether values of this kind are whole numbers in the database. */
    public boolean isInteger() {
        return this == AUTO || this == INTEGER || this == POSITIVE_INTEGER || this == FOREIGN_KEY || this == BOOLEAN;
    }

    /** Whether values of this kind are text in the database. */
    public boolean isText() {
        return this == CHAR || this == TEXT || this == DATE || this == DATETIME;
    }

    /** Whether values of this kind are calendar dates, with or without a time of day. */
    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }
}
