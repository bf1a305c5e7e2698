package org.alcove.cli;

import java.util.concurrent.Callable;

import org.alcove.catalog.Catalog;

import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand that works on the catalogue chosen with {@code --db}. */
abstract class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    AlcoveCommand root;

    @Spec
    CommandSpec spec;

    /** Opens the catalogue named by {@code --db}, creating it when missing (for commands that add to it). */
    Catalog openCatalog() {
        return checked(Catalog.open(root.dbFile()));
    }

    /** Opens the catalogue named by {@code --db} like {@link #openExistingCatalog}, refusing a damaged one (for commands that copy it out). */
    Catalog openIntactCatalog() {
        return checked(openExistingCatalog());
    }

    /** {@code catalog} if it passes its structural check; otherwise closes it and refuses, nothing written. */
    private static Catalog checked(Catalog catalog) {
        try {
            return catalog.requireIntact();
        } catch (RuntimeException e) {
            catalog.close();
            throw e;
        }
    }

    /**
     * Opens the catalogue named by {@code --db}, which must exist and be up to date (for commands
     * that only read it): never creates or migrates it.
     */
    Catalog openExistingCatalog() {
        requireExisting();
        return Catalog.openExisting(root.dbFile());
    }

    /** Opens the catalogue named by {@code --db} as it is, of any Alcove version (for backup). */
    Catalog openAnyVersionCatalog() {
        requireExisting();
        return checked(Catalog.openAnyVersion(root.dbFile()));
    }

    /** Refuses, in one line, a {@code --db} file that does not exist rather than creating an empty catalogue. */
    void requireExisting() {
        if (!java.nio.file.Files.exists(root.dbFile())) {
            throw new Files2.CliError("no catalogue at " + root.dbFile()
                    + " (check --db, or create it by importing into it)");
        }
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
