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
import org.alcove.catalog.MigrationDraft;

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
        List<String[]> models = new ArrayList<>();
        for (String r : renameModels) {
            models.add(split(r, "--rename-model"));
        }
        List<String[]> fields = new ArrayList<>();
        for (String r : renameFields) {
            String[] p = split(r, "--rename-field");
            int dot = p[0].indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("--rename-field wants MODEL.OLD=NEW, not " + r);
            }
            fields.add(new String[] {p[0].substring(0, dot), p[0].substring(dot + 1), p[1]});
        }
        Console console = System.console();
        Optional<MigrationDraft> next = MigrationDraft.make(dir, models, fields, name, console != null && !check ? this::ask : null);
        var out = spec.commandLine().getOut();
        if (next.isEmpty()) {
            out.println("No changes detected");
            return 0;
        }
        MigrationDraft m = next.get();
        if (check) {
            out.println("Models have changes with no migration (run 'alcove makemigrations'):");
            m.describe().forEach(line -> out.println("  - " + line));
            return 1;
        }
        Path file = m.write();
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

    private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    /** Asks a yes/no question on the terminal (a removal plus an addition: a rename?). */
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
