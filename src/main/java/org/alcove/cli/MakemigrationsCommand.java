package org.alcove.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.alcove.catalog.CatalogMigrations;
import org.alcove.catalog.CatalogModels;
import org.alcove.orm.migrations.Migration;
import org.alcove.orm.migrations.MigrationMaker;
import org.alcove.orm.migrations.MigrationSource;
import org.alcove.orm.migrations.Questioner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code alcove makemigrations [--check] [--name N]}: writes the migration the model changes need (a developer tool). */
@Command(name = "makemigrations", description = "Write the next migration from changes to the catalogue's models.")
final class MakemigrationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "Write nothing; exit 1 when the models have changes with no migration.")
    boolean check;

    @Option(names = "--name", paramLabel = "N", description = "The migration's name (after its number).")
    String name;

    @Option(names = "--dir", paramLabel = "DIR", description = "The migrations folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("src/main/resources/" + CatalogMigrations.FOLDER);

    @Option(names = "--rename-field", paramLabel = "MODEL.OLD=NEW", description = "A field that was renamed, e.g. Book.name=title.")
    List<String> renameFields = new ArrayList<>();

    @Option(names = "--rename-model", paramLabel = "OLD=NEW", description = "A model that was renamed.")
    List<String> renameModels = new ArrayList<>();

    @Override
    public Integer call() {
        MigrationMaker maker = new MigrationMaker(MigrationSource.directory(CatalogMigrations.APP, dir), CatalogModels.ALL);
        for (String r : renameModels) {
            String[] p = split(r, "--rename-model");
            maker.renameModel(p[0], p[1]);
        }
        for (String r : renameFields) {
            String[] p = split(r, "--rename-field");
            int dot = p[0].indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("--rename-field wants MODEL.OLD=NEW, not " + r);
            }
            maker.renameField(p[0].substring(0, dot), p[0].substring(dot + 1), p[1]);
        }
        if (name != null) {
            maker.name(name);
        }
        Console console = System.console();
        if (console != null && !check) {
            maker.questioner(new ConsoleQuestioner());
        }
        Optional<Migration> next = maker.make();
        var out = spec.commandLine().getOut();
        if (next.isEmpty()) {
            out.println("No changes detected");
            return 0;
        }
        Migration m = next.get();
        if (check) {
            out.println("Models have changes with no migration (run 'alcove makemigrations'):");
            m.describe().forEach(line -> out.println("  - " + line));
            return 1;
        }
        Path file = MigrationMaker.write(m, dir);
        out.println("Migrations for '" + CatalogMigrations.APP + "':");
        out.println("  " + file);
        m.describe().forEach(line -> out.println("    - " + line));
        return 0;
    }

    private static String[] split(String value, String option) {
        int eq = value.indexOf('=');
        if (eq < 1 || eq == value.length() - 1) {
            throw new IllegalArgumentException(option + " wants OLD=NEW, not " + value);
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }

    /** Asks on the terminal whether a removal plus an addition is a rename. */
    private final class ConsoleQuestioner implements Questioner {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

        @Override
        public boolean renameModel(String from, String to) {
            return ask("Was the model " + from + " renamed to " + to + "? [y/N] ");
        }

        @Override
        public boolean renameField(String model, String from, String to) {
            return ask("Was " + model + "." + from + " renamed to " + model + "." + to + "? [y/N] ");
        }

        private boolean ask(String question) {
            var out = spec.commandLine().getOut();
            out.print(question);
            out.flush();
            try {
                String answer = in.readLine();
                return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
            } catch (IOException e) {
                return false;
            }
        }
    }
}
