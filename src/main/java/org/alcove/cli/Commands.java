package org.alcove.cli;

import picocli.CommandLine;

/** The subcommands of {@code alcove}; each command class adds itself here. */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine cli) {
        // Subcommands are registered here as they are written, e.g. cli.addSubcommand(new MigrateCommand());
    }
}
