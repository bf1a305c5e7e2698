package org.alcove.orm;

import java.util.Objects;

/**
 * A reference to a field's value in the database, as Django's F: lets a query compare two fields
 * or update a field from its own value without reading it into Java.
 *
 * <pre>{@code
 * books.filter("title", F.of("author__name"));
 * books.filter(Q.of("genre", Genre.SCI)).update("pages", F.of("pages").plus(1));
 * }</pre>
 */
public record F(String name) implements Expression {
    public F {
        Objects.requireNonNull(name, "name");
    }

    /** The field (or annotation) called {@code name}, across relations with {@code __}. */
    public static F of(String name) {
        return new F(name);
    }

    @Override
    public String toString() {
        return "F(" + name + ")";
    }
}
