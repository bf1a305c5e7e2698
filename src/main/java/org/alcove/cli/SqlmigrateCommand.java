package org.alcove.cli;

import org.alcove.catalog.CatalogMigrations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove sqlmigrate NAME [--backwards]}: prints the SQL a migration runs, without running it. */
@Command(name = "sqlmigrate", description = "Print the SQL of a migration without running it.")
final class SqlmigrateCommand extends CatalogCommand {
    @Parameters(paramLabel = "NAME", description = "The migration, e.g. 0001_initial.")
    String name;

    @Option(names = "--backwards", description = "The SQL that rolls it back.")
    boolean backwards;

    @Override
    public Integer call() {
        requireExisting();
        try (CatalogMigrations migrations = openMigrations()) {
            out().println("BEGIN;");
            migrations.sql(name, backwards).forEach(out()::println);
            out().println("COMMIT;");
        }
        return 0;
    }
}
