package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.export.ExportService;
import org.alcove.catalog.search.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove export-books FILE [--query QUERY]}. */
@Command(name = "export-books", mixinStandardHelpOptions = true,
        description = "Export books as an Alcove books CSV that imports back (formula-like cells neutralised).")
final class ExportBooksCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write (replaced if it exists).")
    Path file;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export only the books matching this search.")
    String query;

    @Override
    public Integer call() throws IOException {
        Files2.requireFolderOf(file);
        SearchQuery search = SearchQuery.parse(query == null ? "" : query); // a bad query is refused before the catalogue is opened
        long n = withCatalogOfAnyVersion(catalog -> new ExportService(catalog).exportBooks(file, search.toQ(catalog, true)));
        out().println("Exported " + n + " books to " + file + ".");
        return 0;
    }
}
