package org.alcove.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alcove.orm.Database;
import org.alcove.orm.QuerySet;

/**
 * An open catalogue file: the database with the catalogue's models, and the entry to its books
 * and authors. Every service (import, export, stats, search, backup) works on one of these.
 */
public final class Catalog implements AutoCloseable {
    private final Database db;

    private Catalog(Database db) {
        this.db = db;
    }

    /**
     * Opens the catalogue at {@code file}, creating it (and its folder) when missing, with its
     * schema up to date.
     */
    public static Catalog open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new org.alcove.orm.DatabaseError("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Database db = Database.open(file, CatalogModels.array());
        try {
            ensureSchema(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Catalog(db);
    }

    // TEMPORARY until migrations land: create the seed schema in an empty file.
    private static void ensureSchema(Database db) {
        if (!db.tableNames().contains("book")) {
            db.schemaEditor().createModels(Author.class, Book.class);
        }
    }

    public Database db() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    /** All books, in the default order (newest first). */
    public QuerySet<Book> books() {
        return db.objects(Book.class);
    }

    /** All authors, by name. */
    public QuerySet<Author> authors() {
        return db.objects(Author.class);
    }

    @Override
    public void close() {
        db.close();
    }
}
