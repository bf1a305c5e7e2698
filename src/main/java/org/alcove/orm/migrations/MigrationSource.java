package org.alcove.orm.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where an application's migrations come from: a folder on the class path (shipped in the jar,
 * listed by an {@code index.txt} since a jar cannot be listed reliably) or a directory on disk
 * (while developing, and in tests).
 *
 * <pre>{@code
 * MigrationSource shipped = MigrationSource.classpath("catalog", "org/alcove/catalog/migrations");
 * MigrationSource dev = MigrationSource.directory("catalog", Path.of("src/main/resources/org/alcove/catalog/migrations"));
 * }</pre>
 */
public abstract class MigrationSource {
    /** The file, in a migrations folder, listing its migration files one a line, in order. */
    public static final String INDEX = "index.txt";

    private final String app;

    MigrationSource(String app) {
        this.app = app;
    }

    /** The application these migrations belong to, as the history table records it. */
    public String app() {
        return app;
    }

    /** The migrations, in file order. */
    public abstract List<Migration> load();

    /** Migrations shipped as resources in {@code folder} (no leading slash), listed by its index file. */
    public static MigrationSource classpath(String app, String folder) {
        return new MigrationSource(app) {
            @Override
            public List<Migration> load() {
                ClassLoader loader = MigrationSource.class.getClassLoader();
                String index = read(loader, folder + "/" + INDEX);
                List<Migration> out = new ArrayList<>();
                if (index == null) {
                    return out;
                }
                for (String line : index.split("\n")) {
                    String file = line.strip();
                    if (file.isEmpty() || file.startsWith("#")) {
                        continue;
                    }
                    String text = read(loader, folder + "/" + file);
                    if (text == null) {
                        throw new MigrationError(folder + "/" + INDEX + " lists " + file + ", which is not on the class path");
                    }
                    out.add(MigrationFile.read(text, file));
                }
                return out;
            }
        };
    }

    /** Migrations as {@code NNNN_name.json} files in a directory (missing directory: none). */
    public static MigrationSource directory(String app, Path dir) {
        return new MigrationSource(app) {
            @Override
            public List<Migration> load() {
                List<Migration> out = new ArrayList<>();
                if (!Files.isDirectory(dir)) {
                    return out;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(p -> p.getFileName().toString().matches("\\d{4}_.*\\.json")).sorted().toList()) {
                        out.add(MigrationFile.read(Files.readString(p), p.toString()));
                    }
                } catch (IOException e) {
                    throw new MigrationError("Cannot read the migrations in " + dir + ": " + e.getMessage(), e);
                }
                return out;
            }
        };
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationError("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
