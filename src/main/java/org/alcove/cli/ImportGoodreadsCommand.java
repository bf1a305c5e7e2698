package org.alcove.cli;

import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;

/** {@code alcove import-goodreads FILE}. */
@Command(name = "import-goodreads", mixinStandardHelpOptions = true, description = "Import books from a Goodreads library export.")
final class ImportGoodreadsCommand extends ImportCommand {
    @Override
    ImportFormat format() {
        return ImportFormat.GOODREADS;
    }
}
