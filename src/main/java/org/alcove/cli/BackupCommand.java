package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.BackupService;
import org.alcove.catalog.Catalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alcove backup FILE}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the catalogue to a new file with SQLite's online backup (safe while the app has it open).")
final class BackupCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to create; it must not exist.")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (Catalog catalog = openAnyVersionCatalog()) {
            new BackupService(catalog).backup(file);
            out().println("Backed up " + catalog.file() + " to " + file + ".");
            return 0;
        }
    }
}
