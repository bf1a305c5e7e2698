package org.alcove.cli;

import org.alcove.catalog.io.ImportFormat;

import picocli.CommandLine.Command;

/** {@code alcove import-authors FILE}. */
@Command(name = "import-authors", mixinStandardHelpOptions = true, description = "Import authors from an Alcove authors CSV (name,birth_date,biography).")
final class ImportAuthorsCommand extends ImportCommand {
    @Override
    ImportFormat format() {
        return ImportFormat.AUTHORS;
    }
}
