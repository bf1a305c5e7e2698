package org.alcove.cli;

import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.browse.BookEditing;
import org.alcove.catalog.browse.BulkEdit;
import org.alcove.catalog.browse.BulkResult;
import org.alcove.catalog.browse.CatalogueException;
import org.alcove.catalog.search.SearchSyntaxException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove bulk --search QUERY --add-tag T | --remove-tag T | --genre G | --status S | --delete}: the window's bulk panel, headless. */
@Command(name = "bulk", mixinStandardHelpOptions = true,
        description = "Change every book a search finds at once (at most 10,000): one backup first, one transaction, one undo step.")
final class BulkCommand extends CatalogCommand {
    @Option(names = "--search", required = true, paramLabel = "QUERY", description = "The books to change, as the search field finds them.")
    String search;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--add-tag", paramLabel = "TAG", description = "Add this tag (made when missing).")
        String addTag;

        @Option(names = "--remove-tag", paramLabel = "TAG", description = "Take this tag off.")
        String removeTag;

        @Option(names = "--genre", paramLabel = "GENRE", description = "Set the genre (its name, or none).")
        String genre;

        @Option(names = "--status", paramLabel = "STATUS", description = "Set the reading status: to-read, reading, read, abandoned or none.")
        String status;

        @Option(names = "--delete", description = "Delete them into the trash (books with a copy on loan are skipped).")
        boolean delete;
    }

    @Override
    public Integer call() {
        try (Catalog catalog = openExistingCatalog()) {
            catalog.requireIntact();
            BulkEdit bulk = new BookEditing(catalog).bulk();
            BulkResult r;
            try {
                List<Long> ids = bulk.matching(search);
                if (action.addTag != null) {
                    r = bulk.addTag(ids, action.addTag);
                } else if (action.removeTag != null) {
                    r = bulk.removeTag(ids, action.removeTag);
                } else if (action.genre != null) {
                    r = bulk.setGenre(ids, bulk.genreNamed(action.genre));
                } else if (action.status != null) {
                    r = bulk.setStatus(ids, status(action.status));
                } else {
                    r = bulk.delete(ids);
                }
            } catch (CatalogueException | SearchSyntaxException e) {
                throw new Files2.CliError(e.getMessage());
            }
            out().println(r.message() + "." + (r.backup() == null ? "" : " The catalogue as it was: " + r.backup()));
            return 0;
        }
    }

    private static ReadingStatus status(String text) {
        if (text.strip().equalsIgnoreCase("none")) {
            return null;
        }
        return ReadingStatus.parse(text).orElseThrow(() -> new Files2.CliError("no reading status \u201c" + text
                + "\u201d: use to-read, reading, read, abandoned or none"));
    }
}
