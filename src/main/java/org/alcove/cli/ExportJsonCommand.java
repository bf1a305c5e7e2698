package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.export.JsonExport;
import org.alcove.catalog.search.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove export-json FILE [--query QUERY]}. */
@Command(name = "export-json", mixinStandardHelpOptions = true,
        description = "Export books with every field (credits, series, tags, identifiers, readings, copies) as one JSON document.")
final class ExportJsonCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to write (replaced if it exists).")
    Path file;

    @Option(names = "--query", paramLabel = "QUERY", description = "Export only the books matching this search.")
    String query;

    @Override
    public Integer call() throws IOException {
        Files2.requireFolderOf(file);
        SearchQuery search = SearchQuery.parse(query == null ? "" : query);
        long n = withCatalogOfAnyVersion(catalog -> new JsonExport(catalog).write(file, search.toQ(catalog, true)));
        out().println("Exported " + n + " books to " + file + ".");
        return 0;
    }
}
