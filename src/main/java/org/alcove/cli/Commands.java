package org.alcove.cli;

import picocli.CommandLine;

/** The subcommands of {@code alcove}; each command class adds itself here. */
final class Commands {
    private Commands() {
    }

    static void register(CommandLine cli) {
        cli.addSubcommand(new ImportAnyCommand());
        cli.addSubcommand(new ImportAuthorsCommand());
        cli.addSubcommand(new ImportBooksCommand());
        cli.addSubcommand(new ImportGoodreadsCommand());
        cli.addSubcommand(new ImportLibraryThingCommand());
        cli.addSubcommand(new GenreMapCommand());
        cli.addSubcommand(new ExportBooksCommand());
        cli.addSubcommand(new ExportBooksCommand.Json());
        cli.addSubcommand(new DuplicatesCommand());
        cli.addSubcommand(new MergeCommand.Books());
        cli.addSubcommand(new MergeCommand.Authors());
        cli.addSubcommand(new ExportAuthorsCommand());
        cli.addSubcommand(new StatsCommand());
        cli.addSubcommand(new SearchCommand());
        cli.addSubcommand(new TrashCommand());
        cli.addSubcommand(new BulkCommand());
        cli.addSubcommand(new BackupCommand());
        cli.addSubcommand(new CopyCommand());
        cli.addSubcommand(new CheckoutCommand());
        cli.addSubcommand(new ReturnCommand());
        cli.addSubcommand(new RenewCommand());
        cli.addSubcommand(new HoldCommand());
        cli.addSubcommand(new LoansCommand());
        cli.addSubcommand(new BorrowersCommand());
        cli.addSubcommand(new GenresCommand());
        cli.addSubcommand(new CirculationAdminCommand.Policy());
        cli.addSubcommand(new CirculationAdminCommand.Stats());
        cli.addSubcommand(new CirculationAdminCommand.Purge());
        cli.addSubcommand(new LabelsCommand());
        cli.addSubcommand(new CheckCommand());
        cli.addSubcommand(new RestoreCommand());
        cli.addSubcommand(new BenchCommand());
        cli.addSubcommand(new MakemigrationsCommand());
        cli.addSubcommand(new MigrateCommand());
        cli.addSubcommand(new ShowmigrationsCommand());
        cli.addSubcommand(new SqlmigrateCommand());
    }
}
