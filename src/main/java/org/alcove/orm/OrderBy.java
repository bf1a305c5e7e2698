package org.alcove.orm;

import java.util.Objects;

/** An ordering term made from an expression: {@code Count.of("books").desc()}. */
public record OrderBy(Expression expression, boolean descending) {
    public OrderBy {
        Objects.requireNonNull(expression);
    }
}
