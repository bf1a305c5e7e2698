package org.alcove.orm.migrations;

import java.util.List;

/**
 * One migration file: a name ({@code 0002_book_language}), the migrations it follows and its
 * operations, applied in order in one transaction.
 */
public final class Migration {
    private final String name;
    private final List<String> dependencies;
    private final List<Operation> operations;

    Migration(String name, List<String> dependencies, List<Operation> operations) {
        this.name = name;
        this.dependencies = List.copyOf(dependencies);
        this.operations = List.copyOf(operations);
    }

    public String name() {
        return name;
    }

    /** The names of the migrations that must be applied before this one. */
    public List<String> dependencies() {
        return dependencies;
    }

    List<Operation> operations() {
        return operations;
    }

    /** A line per operation: {@code Add field language to Book}. */
    public List<String> describe() {
        return operations.stream().map(Operation::describe).toList();
    }

    /** The migration as its file holds it: pretty-printed JSON, keys in a fixed order. */
    public String toJson() {
        return MigrationFile.write(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
