package org.alcove.orm;

/**
 * A save of a versioned model ({@link Meta#version}) found its row changed or deleted since the
 * instance was read: another connection (another desk) wrote it first. Nothing was written; read
 * the row again and decide what to keep.
 *
 * <pre>{@code
 * try {
 *     db.save(book);
 * } catch (StaleObjectError e) {
 *     Book theirs = db.objects(Book.class).get("id", e.id());
 *     ...
 * }
 * }</pre>
 */
public class StaleObjectError extends OrmException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final long id;
    private final long expectedVersion;
    private final boolean deleted;

    public StaleObjectError(String model, long id, long expectedVersion, boolean deleted) {
        super(model + " " + id + (deleted ? " was deleted" : " was changed")
                + " by another connection since it was read (at version " + expectedVersion + "); nothing was saved.");
        this.model = model;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.deleted = deleted;
    }

    /** The model's name ({@code Book}). */
    public String model() {
        return model;
    }

    /** The row's id. */
    public long id() {
        return id;
    }

    /** The version the instance was read with. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** Whether the row is gone rather than changed. */
    public boolean deleted() {
        return deleted;
    }
}
