package org.alcove.cli;

import java.io.PrintWriter;

import org.alcove.catalog.CatalogMigrations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove migrate [TARGET|zero]}: applies pending migrations, or rolls back to TARGET. */
@Command(name = "migrate", description = "Apply pending migrations, or roll back to TARGET (zero: all).")
final class MigrateCommand extends CatalogCommand {
    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "A migration name, or zero.")
    String target;

    @Option(names = "--force", description = "Add the catalogue's tables even to a file that holds other programs' tables.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (CatalogMigrations migrations = openMigrations()) {
            migrations.requireWritable().requireIntact();
            String verb = target != null && migrations.rollsBack(target) ? "  Unapplying " : "  Applying ";
            CatalogMigrations.Result r = migrations.migrateTo(target, (name, i, total) -> out.println(verb + name + "..."), force);
            r.backup().ifPresent(p -> out.println("Backup written to " + p));
            out.println(r.migrations().isEmpty() ? "No migrations to apply."
                    : (r.backwards() ? "Rolled back " : "Applied ") + r.migrations().size() + " migration(s).");
        }
        return 0;
    }
}
