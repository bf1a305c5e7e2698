package org.alcove.cli;

import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;

/** {@code alcove import-librarything FILE}. */
@Command(name = "import-librarything", mixinStandardHelpOptions = true, description = "Import books from a LibraryThing export (TSV or CSV).")
final class ImportLibraryThingCommand extends ImportCommand {
    @Override
    ImportFormat format() {
        return ImportFormat.LIBRARYTHING;
    }
}
