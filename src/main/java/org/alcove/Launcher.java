package org.alcove;

import java.util.Locale;
import java.util.Optional;

import org.alcove.catalog.CatalogPaths;
import org.alcove.cli.AlcoveCommand;
import org.alcove.ui.AlcoveApp;

/**
 * The jar's entry point: with no arguments it opens the window, with a command it runs headless.
 * (A class that is not a JavaFX Application, so the plain classpath jar can start JavaFX.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // java -jar cannot take Java options from the jar: start again with them (JvmOptions)
        Optional<Integer> relaunched = JvmOptions.relaunch(args).flatMap(JvmOptions::run);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        Optional<String[]> window = windowArguments(args);
        if (window.isPresent()) {
            AlcoveApp.launchWith(window.get());
            return;
        }
        System.exit(AlcoveCommand.run(args));
    }

    /**
     * The window's arguments when {@code args} ask for the window: none, {@code --db FILE}, or a
     * lone catalogue file, which is what the desktop's file association passes (double-clicking
     * {@code books.alcove} runs {@code Alcove /path/books.alcove}); empty for a command.
     */
    public static Optional<String[]> windowArguments(String... args) {
        if (args.length == 0 || (args.length == 2 && args[0].equals("--db"))) {
            return Optional.of(args);
        }
        if (args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(Locale.ROOT).endsWith(CatalogPaths.EXTENSION)) {
            return Optional.of(new String[] {"--db", args[0]});
        }
        return Optional.empty();
    }
}
