package org.alcove.cli;

import picocli.CommandLine;

/** The subcommands of {@code alcove}; each command class adds itself here. */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine cli) {
        cli.addSubcommand(new BenchCommand());
    }
}
