package org.alcove.orm.migrations;

import java.util.List;

/**
 * A migration and whether the database has it, as {@code showmigrations} lists it.
 *
 * @param name       the migration's name
 * @param applied    whether the history table records it
 * @param appliedAt  when it was applied (ISO-8601), or null
 * @param operations a line per operation
 */
public record MigrationStatus(String name, boolean applied, String appliedAt, List<String> operations) {
    public MigrationStatus {
        operations = List.copyOf(operations);
    }

    /** {@code [X] 0001_initial} or {@code [ ] 0002_book_language}. */
    public String line() {
        return (applied ? "[X] " : "[ ] ") + name;
    }
}
