package org.alcove.orm;

import java.util.Objects;

/**
 * Whether a QuerySet has rows, as an expression (Django's {@code Exists}): a filter on its own
 * ({@code authors.filter(Exists.of(...))}), an annotation read as a Boolean, or part of a
 * {@link Case}. The QuerySet refers to the outer row with {@link OuterRef}.
 *
 * <pre>{@code
 * authors.filter(Exists.of(books.filter("author", OuterRef.of("pk")).filter("genre", "SCI")));
 * }</pre>
 */
public record Exists(QuerySet<?> queryset, boolean negated) implements Expression {
    public Exists {
        Objects.requireNonNull(queryset, "queryset");
    }

    public static Exists of(QuerySet<?> queryset) {
        return new Exists(queryset, false);
    }

    /** NOT EXISTS. */
    public Exists not() {
        return new Exists(queryset, !negated);
    }

    @Override
    public String toString() {
        return (negated ? "~" : "") + "Exists(" + queryset.model().label() + ")";
    }
}
