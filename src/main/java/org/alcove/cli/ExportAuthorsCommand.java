package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.export.ExportService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alcove export-authors FILE}. */
@Command(name = "export-authors", mixinStandardHelpOptions = true,
        description = "Export authors as an Alcove authors CSV that imports back.")
final class ExportAuthorsCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() throws IOException {
        Files2.requireFolderOf(file);
        long n = withCatalogOfAnyVersion(catalog -> new ExportService(catalog).exportAuthors(file));
        out().println("Exported " + n + " authors to " + file + ".");
        return 0;
    }
}
