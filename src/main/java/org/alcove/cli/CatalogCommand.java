package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.MigrationRequiredException;
import org.alcove.catalog.trash.Trash;

import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand that works on the catalogue chosen with {@code --db}. */
abstract class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    AlcoveCommand root;

    @Spec
    CommandSpec spec;

    /**
     * Opens the catalogue named by {@code --db}, creating it when missing (for commands that add to it);
     * once it passes its check, what the trash has kept longer than it keeps is let go.
     */
    Catalog openCatalog() {
        Catalog catalog = checked(root.isShared() ? Catalog.open(root.dbLocation(), false) : Catalog.open(root.dbFile()));
        try {
            Trash.of(catalog).purgeExpired();
        } catch (RuntimeException e) {
            catalog.close();
            throw e;
        }
        return catalog;
    }

    /** Opens the catalogue named by {@code --db} like {@link #openExistingCatalog}, refusing a damaged one (for commands that copy it out). */
    Catalog openIntactCatalog() {
        return checked(openExistingCatalog());
    }

    /** Work done with an open catalogue. */
    @FunctionalInterface
    interface CatalogWork<R> {
        R apply(Catalog catalog) throws IOException;
    }

    /**
     * Runs {@code work} on the catalogue named by {@code --db}, of any Alcove version, without changing
     * it (for export): an up-to-date catalogue is used as it is; one with migrations pending is copied
     * to a temporary folder, the copy migrated and used, and the copy deleted afterwards.
     */
    <R> R withCatalogOfAnyVersion(CatalogWork<R> work) throws IOException {
        try (Catalog catalog = openIntactCatalog()) {
            return work.apply(catalog);
        } catch (MigrationRequiredException outOfDate) {
            Path folder = Files.createTempDirectory("alcove-export-");
            try (Catalog migrated = Catalog.openMigratedCopy(root.dbFile(), folder.resolve("copy.alcove"))) {
                return work.apply(migrated);
            } finally {
                deleteTree(folder);
            }
        }
    }

    /** Deletes {@code folder} and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
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
        if (root.isShared()) {
            return Catalog.openExisting(root.dbLocation());
        }
        requireExisting();
        return Catalog.openExisting(root.dbFile());
    }

    /** Opens the catalogue named by {@code --db} for migrating only: a file, or a shared catalogue on a server. */
    CatalogMigrations openMigrations() {
        if (root.isShared()) {
            return CatalogMigrations.open(root.dbLocation());
        }
        return CatalogMigrations.open(root.dbFile());
    }

    /** Opens the catalogue named by {@code --db} as it is, of any Alcove version (for backup). */
    Catalog openAnyVersionCatalog() {
        requireExisting();
        return checked(Catalog.openAnyVersion(root.dbFile()));
    }

    /** Refuses, in one line, a {@code --db} file that does not exist rather than creating an empty catalogue. */
    void requireExisting() {
        if (root.isShared()) {
            return; // the server says whether the database is there when connecting
        }
        if (!Files.exists(root.dbFile())) {
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
