package org.alcove.orm;

import java.util.Objects;

/**
 * A field of the outer query, named inside a {@link Subquery} or {@link Exists}, as Django's
 * {@code OuterRef}: {@code books.filter("author", OuterRef.of("pk"))} inside an author query means
 * "this author's books". Used anywhere else it is an error.
 */
public record OuterRef(String name) implements Expression {
    public OuterRef {
        Objects.requireNonNull(name, "name");
    }

    /** The outer query's field {@code name} ({@code pk}, {@code author__name}). */
    public static OuterRef of(String name) {
        return new OuterRef(name);
    }

    @Override
    public String toString() {
        return "OuterRef(" + name + ")";
    }
}
