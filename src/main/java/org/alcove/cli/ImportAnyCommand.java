package org.alcove.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove import FILE [--format auto|alcove|...] [--map COLUMN=FIELD ...]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import books (or authors) from a file of any format Alcove reads, recognised from its header: "
                + "Alcove's own, Goodreads, LibraryThing, StoryGraph, Calibre, Openreads, BookWyrm, or any CSV with a "
                + "title and an author column.")
final class ImportAnyCommand extends ImportCommand {

    /** {@code --format} values. */
    enum FormatChoice { auto, alcove, authors, goodreads, librarything, storygraph, calibre, openreads, bookwyrm, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, alcove, authors, goodreads, librarything, storygraph, calibre, openreads, bookwyrm or csv "
                    + "(default: ${DEFAULT-VALUE}: recognised from the header).")
    FormatChoice formatChoice;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "For a CSV: the column COLUMN holds FIELD (title, author, isbn, date, first-published, pages, "
                    + "genre, publisher, language, format, description, notes, review, rating, status, tags, series, "
                    + "series-index, started, finished, copies, call-number, barcode, asin, oclc, lccn, contributors; "
                    + "ignore leaves the column out). Implies --format csv when --format is auto.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--unknown-authors", paramLabel = "create|reject", defaultValue = "create",
            description = "A book whose author is not in the catalogue: create the author, or reject the row (default: ${DEFAULT-VALUE}).")
    ImportBooksCommand.UnknownAuthorsChoice unknownAuthors;

    @Override
    ImportFormat format() {
        if (formatChoice == FormatChoice.auto) {
            return map.isEmpty() ? null : ImportFormat.CSV;
        }
        return formatChoice == FormatChoice.alcove ? ImportFormat.BOOKS
                : ImportFormat.valueOf(formatChoice.name().toUpperCase(Locale.ROOT));
    }

    @Override
    Map<String, String> columnMap() {
        return map;
    }

    @Override
    ImportOptions options() throws java.io.IOException {
        return super.options().withUnknownAuthors(unknownAuthors == ImportBooksCommand.UnknownAuthorsChoice.reject
                ? ImportOptions.UnknownAuthors.REJECT : ImportOptions.UnknownAuthors.CREATE);
    }
}
