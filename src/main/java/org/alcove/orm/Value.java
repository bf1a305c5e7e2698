package org.alcove.orm;

/** A constant used as an expression, bound as a parameter (never spliced into SQL). */
public record Value(Object value) implements Expression {
    /** The constant {@code value}. */
    public static Value of(Object value) {
        return new Value(value);
    }

    @Override
    public String toString() {
        return "Value(" + value + ")";
    }
}
