package org.alcove.orm;

import java.util.List;

/** A delete refused because {@link OnDelete#PROTECT} or {@link OnDelete#RESTRICT} rows point at the rows being deleted. */
public class ProtectedError extends OrmException {
    private static final long serialVersionUID = 1L;

    private final transient List<? extends Model> protectedObjects;

    public ProtectedError(String message, List<? extends Model> protectedObjects) {
        super(message);
        this.protectedObjects = List.copyOf(protectedObjects);
    }

    /** The rows (or the first of them) that protect the delete. */
    public List<? extends Model> protectedObjects() {
        return protectedObjects;
    }
}
