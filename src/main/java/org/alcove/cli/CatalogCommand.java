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

    /** Opens the catalogue named by {@code --db}. */
    Catalog openCatalog() {
        return Catalog.open(root.dbFile());
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
