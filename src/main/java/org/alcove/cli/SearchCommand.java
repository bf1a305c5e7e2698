package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Book;
import org.alcove.catalog.export.BookDocuments;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.search.BookSearch;
import org.alcove.catalog.search.SearchPage;
import org.alcove.catalog.search.SearchQuery;
import org.alcove.catalog.trash.Trash;
import org.alcove.catalog.trash.TrashEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove search QUERY [--json] [--limit N]}. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search books with the search language (e.g. 'author:austen pages:>300'), newest first; 'in:trash dune' searches the trash.")
final class SearchCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "QUERY", description = "The query; quote it as one argument.")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Books to print at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new Files2.CliError("--limit must be 0 or more, not " + limit);
        }
        SearchQuery parsed = SearchQuery.parse(query); // a bad query is reported before the catalogue is looked at
        try (Catalog catalog = openExistingCatalog()) {
            if (parsed.inTrash()) {
                Trash trash = Trash.of(catalog);
                List<TrashEntry> found = parsed.toTrashQ().map(trash::list).orElseGet(trash::list);
                TrashCommand.print(out(), found.subList(0, Math.min(limit, found.size())), json);
                return 0;
            }
            SearchPage page = new BookSearch(catalog).page(query, 0, limit);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("total", page.total());
                m.put("books", BookDocuments.of(catalog, page.books()));
                out().println(Json.GSON.toJson(m));
            } else {
                for (Book b : page.books()) {
                    // The date as precise as it is known, and no ISBN but a dash when there is none.
                    String date = b.getPublicationDate() == null ? "undated" : b.publicationDateText();
                    out().println(date + "  " + (b.getIsbn() == null ? "-" : b.getIsbn()) + "  " + b.getTitle() + " — "
                            + b.getAuthor().getName());
                }
                out().println(page.total() + (page.total() == 1 ? " book matches" : " books match")
                        + (page.total() > page.books().size() ? "; showing " + page.books().size() + "." : "."));
            }
            return 0;
        }
    }
}
