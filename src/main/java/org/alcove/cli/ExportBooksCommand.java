package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.export.ExportService;
import org.alcove.catalog.export.JsonExport;
import org.alcove.catalog.search.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove export-books FILE [--query QUERY]}, and {@link Json export-json} with the same options. */
@Command(name = "export-books", mixinStandardHelpOptions = true,
        description = "Export books as an Alcove books CSV that imports back (formula-like cells neutralised).")
class ExportBooksCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export only the books matching this search.")
    String query;

    /** Writes the books in scope to the file; how many. */
    long write(Catalog catalog, Path target, SearchQuery scope) throws IOException {
        return new ExportService(catalog).exportBooks(target, scope.toQ(catalog, true));
    }

    @Override
    public Integer call() throws IOException {
        Files2.requireFolderOf(file);
        SearchQuery search = SearchQuery.parse(query == null ? "" : query); // a bad query is refused before the catalogue is opened
        long n = withCatalogOfAnyVersion(catalog -> write(catalog, file, search));
        out().println("Exported " + n + " books to " + file + ".");
        return 0;
    }

    /** {@code alcove export-json FILE [--query QUERY]}: every field, as one JSON document. */
    @Command(name = "export-json", mixinStandardHelpOptions = true,
            description = "Export books with every field (credits, series, tags, identifiers, readings, copies) as one JSON document.")
    static final class Json extends ExportBooksCommand {
        @Override
        long write(Catalog catalog, Path target, SearchQuery scope) throws IOException {
            return new JsonExport(catalog).write(target, scope.toQ(catalog, true));
        }
    }
}
