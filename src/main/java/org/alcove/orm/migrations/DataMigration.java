package org.alcove.orm.migrations;

import org.alcove.orm.Database;

/**
 * A data migration in Java, named by a migration's {@code RunJava} operation and loaded by class
 * name (it needs a public no-argument constructor). It runs inside the migration's transaction,
 * so a throw undoes the whole migration. Use raw SQL or table names here, not model classes: the
 * models in code may have moved on since the migration was written.
 *
 * <pre>{@code
 * public final class FillLanguage implements DataMigration {
 *     public void forwards(Database db) { db.execute("UPDATE book SET language = ? WHERE language IS NULL", "en"); }
 *     public boolean reversible() { return true; }
 *     public void backwards(Database db) { }
 * }
 * }</pre>
 */
public interface DataMigration {

    /** Changes the data forwards. */
    void forwards(Database db);

    /** Whether {@link #backwards} undoes {@link #forwards}; when false, rolling back past it is refused. */
    default boolean reversible() {
        return false;
    }

    /** Undoes {@link #forwards}; called only when {@link #reversible} is true. */
    default void backwards(Database db) {
        throw new MigrationError(getClass().getName() + " cannot be rolled back");
    }
}
