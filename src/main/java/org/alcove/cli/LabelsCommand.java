package org.alcove.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.labels.Labels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alcove labels copies|spine|cards|overdue|shelf-list FILE.pdf [--query Q] [--location L] [--group G] [--library NAME]}. */
@Command(name = "labels", mixinStandardHelpOptions = true, description = {
    "Save printable sheets as PDF (A4): copies (barcode labels, Code 128), spine (call numbers), cards (borrower cards),",
    "overdue (a notice per borrower), shelf-list (copies by location and call number, for stock-taking)."})
final class LabelsCommand extends CatalogCommand {
    @Parameters(index = "0", paramLabel = "KIND", description = "copies, spine, cards, overdue or shelf-list.")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The PDF to write (replaced when it exists).")
    Path file;

    @Option(names = "--query", paramLabel = "QUERY", defaultValue = "", description = "Only copies of the books this search finds.")
    String query;

    @Option(names = "--location", paramLabel = "L", defaultValue = "", description = "Only copies whose location starts with L.")
    String location;

    @Option(names = "--group", paramLabel = "G", defaultValue = "", description = "cards: only borrowers of this group.")
    String group;

    @Option(names = "--library", paramLabel = "NAME", defaultValue = "", description = "The library's name, printed on labels, cards and notices.")
    String library;

    @Override
    public Integer call() throws IOException {
        Labels.Kind k = Labels.Kind.parse(kind).orElseThrow(() -> new Files2.CliError("labels wants one of "
                + Arrays.stream(Labels.Kind.values()).map(Labels.Kind::option).collect(Collectors.joining(", ")) + ", not '" + kind + "'"));
        Files2.requireFolderOf(file);
        org.alcove.catalog.search.SearchQuery.parse(query); // a bad search is refused before the catalogue is opened
        try (Catalog catalog = openExistingCatalog()) {
            int n = new Labels(catalog).write(k, file, new Labels.Selection(query, location, group, library));
            String what = switch (k) {
                case COPIES, SPINE -> n == 1 ? "label" : "labels";
                case CARDS -> n == 1 ? "card" : "cards";
                case OVERDUE -> n == 1 ? "notice" : "notices";
                case SHELF_LIST -> n == 1 ? "copy" : "copies";
            };
            out().println("Wrote " + n + " " + what + " to " + file);
            return 0;
        }
    }
}
