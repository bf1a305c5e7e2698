package org.alcove.cli;

import org.alcove.catalog.CatalogMigrations;

import picocli.CommandLine.Command;

/** {@code alcove showmigrations}: each migration with {@code [X]} when applied. */
@Command(name = "showmigrations", description = "List the migrations; [X] marks those applied.")
final class ShowmigrationsCommand extends CatalogCommand {
    @Override
    public Integer call() {
        requireExisting();
        try (CatalogMigrations migrations = openMigrations()) {
            out().println(CatalogMigrations.APP);
            for (CatalogMigrations.State s : migrations.states()) {
                out().println(" " + (s.applied() ? "[X] " : "[ ] ") + s.name());
            }
        }
        return 0;
    }
}
