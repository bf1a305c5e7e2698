package org.alcove.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.alcove.orm.migrations.Migration;
import org.alcove.orm.migrations.MigrationMaker;
import org.alcove.orm.migrations.MigrationSource;
import org.alcove.orm.migrations.Questioner;

/**
 * The next migration of the catalogue's models, as {@code makemigrations} drafts it from the
 * migrations in a folder (the source tree's, for a developer): what it would do, and writing it.
 * The command line reaches the ORM's migration maker only through this.
 */
public final class MigrationDraft {
    private final Path dir;
    private final Migration migration;

    private MigrationDraft(Path dir, Migration migration) {
        this.dir = dir;
        this.migration = migration;
    }

    /**
     * Drafts the next migration from the migrations in {@code dir}, or empty when the models match them.
     *
     * @param renamedModels models renamed, as {@code {old, new}} pairs
     * @param renamedFields fields renamed, as {@code {model, old, new}} triples
     * @param name the migration's name after its number, or null for one made from its operations
     * @param ask asks a yes/no question (was this removal and addition a rename?), or null to ask nothing
     */
    public static Optional<MigrationDraft> make(Path dir, List<String[]> renamedModels, List<String[]> renamedFields, String name,
            Predicate<String> ask) {
        MigrationMaker maker = new MigrationMaker(MigrationSource.directory(CatalogMigrations.APP, dir), CatalogModels.ALL);
        renamedModels.forEach(r -> maker.renameModel(r[0], r[1]));
        renamedFields.forEach(r -> maker.renameField(r[0], r[1], r[2]));
        if (name != null) {
            maker.name(name);
        }
        if (ask != null) {
            maker.questioner(new Questioner() {
                @Override
                public boolean renameModel(String from, String to) {
                    return ask.test("Was the model " + from + " renamed to " + to + "? [y/N] ");
                }

                @Override
                public boolean renameField(String model, String from, String to) {
                    return ask.test("Was " + model + "." + from + " renamed to " + model + "." + to + "? [y/N] ");
                }
            });
        }
        return maker.make().map(m -> new MigrationDraft(dir, m));
    }

    /** One line per operation, as {@code makemigrations} lists them. */
    public List<String> describe() {
        return migration.describe();
    }

    /** Writes the migration's file into the folder (and its name into the index); returns the file. */
    public Path write() {
        return MigrationMaker.write(migration, dir);
    }
}
