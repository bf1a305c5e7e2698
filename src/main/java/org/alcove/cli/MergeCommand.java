package org.alcove.cli;

import java.io.IOException;
import java.util.List;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.merge.Merging;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alcove merge-books KEEP OTHER...} and {@code alcove merge-authors KEEP OTHER...}. */
abstract class MergeCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "KEEP", description = "The id of the one to keep.")
    long keep;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OTHER", description = "The ids of those merged into it and then deleted.")
    List<Long> others;

    abstract Merging.Result merge(Merging merging) throws IOException;

    abstract String what();

    @Override
    public Integer call() throws IOException {
        try (Catalog catalog = openExistingCatalog()) {
            catalog.requireIntact();
            Merging.Result r;
            try {
                r = merge(new Merging(catalog));
            } catch (IllegalArgumentException e) {
                throw new Files2.CliError(e.getMessage());
            }
            out().println("Merged " + r.merged() + " " + what() + (r.merged() == 1 ? "" : "s") + " into #" + r.kept()
                    + ", keeping every copy, credit, tag, reading and loan. The catalogue as it was: " + r.backup());
            return 0;
        }
    }

    @Command(name = "merge-books", mixinStandardHelpOptions = true,
            description = "Merge books entered twice into one: copies, credits, tags, readings, identifiers and loans are kept; empty fields are filled from the others.")
    static final class Books extends MergeCommand {
        @Override
        Merging.Result merge(Merging merging) throws IOException {
            return merging.mergeBooks(keep, others);
        }

        @Override
        String what() {
            return "book";
        }
    }

    @Command(name = "merge-authors", mixinStandardHelpOptions = true,
            description = "Merge authors who are one person into one: their books and credits become the kept one's.")
    static final class Authors extends MergeCommand {
        @Override
        Merging.Result merge(Merging merging) throws IOException {
            return merging.mergeAuthors(keep, others);
        }

        @Override
        String what() {
            return "author";
        }
    }
}
