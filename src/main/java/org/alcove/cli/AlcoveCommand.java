package org.alcove.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.alcove.Version;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.CatalogPaths;
import org.alcove.catalog.Failures;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alcove [--db FILE] COMMAND}: the catalogue's services, headless, for scripts and checks.
 * Exit codes: 0 success, 1 the command ran but did not succeed (e.g. an import not committed),
 * 2 bad arguments or a file/catalogue that cannot be used.
 */
@Command(name = "alcove", mixinStandardHelpOptions = true, versionProvider = AlcoveCommand.VersionProvider.class,
        description = "Alcove, a library catalogue. Without a command, opens the window.",
        subcommands = {CommandLine.HelpCommand.class})
public final class AlcoveCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE|URL", description = "The catalogue file, or a shared catalogue on a PostgreSQL server:"
            + " postgresql://user@host:5432/name, the password in PGPASSWORD or ~/.pgpass (default: ${DEFAULT-VALUE}).")
    String db = CatalogPaths.defaultCatalogue().toString();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** Supplies {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Alcove " + Version.get()};
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /**
     * The catalogue file chosen with {@code --db}.
     *
     * @throws Files2.CliError when {@code --db} names a shared catalogue on a server: the command works on files only
     */
    public Path dbFile() {
        if (isShared()) {
            throw new Files2.CliError("this command works on a catalogue file, not on a shared catalogue on a server ("
                    + db + "); migrate, showmigrations, sqlmigrate, the imports, stats, search and export work on both");
        }
        return Path.of(db);
    }

    /** What {@code --db} names: a file name or a server's connection string. */
    public String dbLocation() {
        return db;
    }

    /** Whether {@code --db} names a shared catalogue on a server ({@code postgresql://...}). */
    public boolean isShared() {
        return Catalog.isShared(db);
    }

    /** Runs the command line; returns the exit code. */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        WarningLines.install(err);
        return run(new PrintWriter(System.out, true), err, args);
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        AlcoveCommand root = new AlcoveCommand();
        CommandLine cli = new CommandLine(root);
        Commands.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError oom) {
                    throw oom; // wrapped on its way out of a worker thread: said as every out-of-memory is, below
                }
            }
            err.println("alcove: " + Failures.oneLine(ex));
            if (root.debug) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        cli.setParameterExceptionHandler((ex, args2) -> {
            err.println("alcove: " + ex.getMessage());
            err.println("Try 'alcove --help' for more information.");
            return 2;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Whatever was being written is rolled back by now: the transaction did not commit.
            err.println("alcove: out of memory (Java's heap limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); nothing was committed. Run it with more, e.g. java -Xmx2g -jar alcove.jar ...");
            return 2;
        }
    }}
