package org.alcove.cli;

import picocli.CommandLine;

/** The subcommands of {@code alcove}; each command class adds itself here. */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine cli) {
        // Subcommands are registered here as they are written.
        cli.addSubcommand(new MakemigrationsCommand());
        cli.addSubcommand(new MigrateCommand());
        cli.addSubcommand(new ShowmigrationsCommand());
        cli.addSubcommand(new SqlmigrateCommand());
    }
}
