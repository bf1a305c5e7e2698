package org.alcove.catalog.browse;

/** Saving a draft that does not validate; {@link #validation()} says why per field. */
public final class InvalidBookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Validation validation;

    public InvalidBookException(Validation validation) {
        super("The book cannot be saved: " + String.join("; ", validation.errors().values()));
        this.validation = validation;
    }

    public Validation validation() {
        return validation;
    }
}
