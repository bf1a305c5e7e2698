package org.alcove;

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
        if (args.length == 0 || (args.length == 2 && args[0].equals("--db"))) {
            AlcoveApp.launchWith(args);
            return;
        }
        System.exit(AlcoveCommand.run(args));
    }
}
