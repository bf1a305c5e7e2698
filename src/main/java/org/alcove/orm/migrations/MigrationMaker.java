package org.alcove.orm.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alcove.orm.Model;

/**
 * {@code makemigrations}: compares the state the existing migrations build with the models in code
 * and makes the next migration, numbered and named after what it does ({@code 0002_book_language}).
 *
 * <pre>{@code
 * Optional<Migration> next = new MigrationMaker(MigrationSource.directory("catalog", dir), List.of(Author.class, Book.class))
 *         .renameField("Book", "name", "title")
 *         .make();
 * next.ifPresent(m -> MigrationMaker.write(m, dir));
 * }</pre>
 */
public final class MigrationMaker {
    private final MigrationSource existing;
    private final List<Class<? extends Model>> models;
    private final Map<String, String> modelRenames = new LinkedHashMap<>();
    private final Map<String, String> fieldRenames = new LinkedHashMap<>();
    private Questioner questioner = Questioner.NEVER;
    private String name;

    public MigrationMaker(MigrationSource existing, List<Class<? extends Model>> models) {
        this.existing = existing;
        this.models = List.copyOf(models);
    }

    /** Tells the maker that model {@code from} was renamed to {@code to}. */
    public MigrationMaker renameModel(String from, String to) {
        modelRenames.put(from, to);
        return this;
    }

    /** Tells the maker that field {@code from} of {@code model} was renamed to {@code to}. */
    public MigrationMaker renameField(String model, String from, String to) {
        fieldRenames.put(model + "." + from, to);
        return this;
    }

    /** Asks {@code q} about removals that look like renames. */
    public MigrationMaker questioner(Questioner q) {
        this.questioner = q;
        return this;
    }

    /** Names the migration ({@code --name}); derived from its operations otherwise. */
    public MigrationMaker name(String migrationName) {
        this.name = migrationName;
        return this;
    }

    /** The next migration, or empty when the models and the migrations agree. */
    public Optional<Migration> make() {
        MigrationGraph graph = new MigrationGraph(existing.load());
        graph.requireNoConflict();
        ProjectState from = ProjectState.replay(graph.ordered());
        List<Operation> ops = new Autodetector(from, ProjectState.fromModels(models), modelRenames, fieldRenames, questioner).changes();
        if (ops.isEmpty()) {
            return Optional.empty();
        }
        int number = graph.ordered().stream().mapToInt(m -> number(m.name())).max().orElse(0) + 1;
        String suffix = name != null ? clean(name) : graph.ordered().isEmpty() ? "initial" : suggestName(ops);
        return Optional.of(new Migration(String.format(Locale.ROOT, "%04d_%s", number, suffix), graph.leaves(), ops));
    }

    private static int number(String migrationName) {
        try {
            return Integer.parseInt(migrationName.substring(0, Math.min(4, migrationName.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String suggestName(List<Operation> ops) {
        String joined = ops.stream().map(Operation::nameFragment).distinct().collect(Collectors.joining("_"));
        return joined.length() <= 52 ? clean(joined)
                : "auto_" + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd_HHmm"));
    }

    private static String clean(String s) {
        String c = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (c.isEmpty()) {
            throw new MigrationError("'" + s + "' is not a usable migration name: use letters, digits and _");
        }
        return c;
    }

    /**
     * Writes {@code migration} to {@code dir} as {@code NAME.json} and rewrites the folder's
     * {@value MigrationSource#INDEX} (the list the class-path source reads); returns the file.
     */
    public static Path write(Migration migration, Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(migration.name() + ".json");
            if (Files.exists(file)) {
                throw new MigrationError(file + " already exists");
            }
            Files.writeString(file, migration.toJson());
            try (Stream<Path> files = Files.list(dir)) {
                String index = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}_.*\\.json"))
                        .sorted().collect(Collectors.joining("\n", "", "\n"));
                Files.writeString(dir.resolve(MigrationSource.INDEX), index);
            }
            return file;
        } catch (IOException e) {
            throw new MigrationError("Cannot write the migration to " + dir + ": " + e.getMessage(), e);
        }
    }
}
