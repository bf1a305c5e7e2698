package org.alcove.cli;

import org.alcove.catalog.importing.ImportOptions;
import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alcove import-books FILE [--unknown-authors create|reject]}. */
@Command(name = "import-books", mixinStandardHelpOptions = true,
        description = "Import books from an Alcove books CSV (title,author,publication_date,isbn,genre,pages).")
final class ImportBooksCommand extends ImportCommand {

    /** {@code --unknown-authors} values. */
    enum UnknownAuthorsChoice { create, reject }

    @Option(names = "--unknown-authors", paramLabel = "create|reject", defaultValue = "create",
            description = "A book whose author is not in the catalogue: create the author, or reject the row (default: ${DEFAULT-VALUE}).")
    UnknownAuthorsChoice unknownAuthors;

    @Override
    ImportFormat format() {
        return ImportFormat.BOOKS;
    }

    @Override
    ImportOptions options() throws java.io.IOException {
        return super.options().withUnknownAuthors(unknownAuthors == UnknownAuthorsChoice.reject
                ? ImportOptions.UnknownAuthors.REJECT : ImportOptions.UnknownAuthors.CREATE);
    }
}
