package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.search.SearchQuery;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What both exports of books share: the file, {@code --query}, and the line saying how many were written. */
abstract class BooksExportCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export only the books matching this search.")
    String query;

    /** Writes the books in scope to the file; how many. */
    abstract long write(Catalog catalog, Path target, SearchQuery scope) throws IOException;

    @Override
    public Integer call() throws IOException {
        Files2.requireFolderOf(file);
        SearchQuery search = SearchQuery.parse(query == null ? "" : query); // a bad query is refused before the catalogue is opened
        long n = withCatalogOfAnyVersion(catalog -> write(catalog, file, search));
        out().println("Exported " + n + " books to " + file + ".");
        return 0;
    }
}
