package org.alcove.orm.migrations;

/** Told before each migration is applied or rolled back: its name, its place (1-based) and how many in all. */
@FunctionalInterface
public interface MigrationProgress {
    /** Does nothing. */
    MigrationProgress NONE = (name, index, total) -> { };

    void migrating(String name, int index, int total);
}
