package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.export.ExportService;
import org.alcove.catalog.export.JsonExport;
import org.alcove.catalog.search.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alcove export-books FILE [--query QUERY] [--columns full|basic]}, and {@link Json export-json}
 * with the same file and query.
 */
@Command(name = "export-books", mixinStandardHelpOptions = true,
        description = "Export books as an Alcove books CSV that imports back (formula-like cells neutralised): every field, "
                + "or with --columns basic only title, author, publication_date, isbn, genre and pages.")
class ExportBooksCommand extends BooksExportCommand {

    /** {@code --columns} values. */
    enum ColumnsChoice { full, basic }

    @Option(names = "--columns", paramLabel = "full|basic", defaultValue = "full",
            description = "full: every field (credits, series, identifiers, tags, readings, copies...); basic: "
                    + "title,author,publication_date,isbn,genre,pages (default: ${DEFAULT-VALUE}).")
    ColumnsChoice columns = ColumnsChoice.full;

    @Override
    long write(Catalog catalog, Path target, SearchQuery scope) throws IOException {
        return new ExportService(catalog).exportBooks(target, scope.toQ(catalog, true),
                columns == ColumnsChoice.basic ? ExportService.BookColumns.BASIC : ExportService.BookColumns.FULL);
    }

    /** {@code alcove export-json FILE [--query QUERY]}: every field, as one JSON document. */
    @Command(name = "export-json", mixinStandardHelpOptions = true,
            description = "Export books with every field (credits, series, tags, identifiers, readings, copies) as one JSON document.")
    static final class Json extends BooksExportCommand {
        @Override
        long write(Catalog catalog, Path target, SearchQuery scope) throws IOException {
            return new JsonExport(catalog).write(target, scope.toQ(catalog, true));
        }
    }
}
