package org.alcove.orm;

import java.util.Objects;

/**
 * An ordering term made from an expression: {@code Count.of("books").desc()}, with where NULLs go
 * when asked ({@code F.of("birthDate").asc().nullsLast()}, Django's {@code nulls_last}).
 */
public record OrderBy(Expression expression, boolean descending, Nulls nulls) {
    /** Where NULL values sort: the database's default, first or last. */
    public enum Nulls { DEFAULT, FIRST, LAST }

    public OrderBy {
        Objects.requireNonNull(expression);
        Objects.requireNonNull(nulls);
    }

    public OrderBy(Expression expression, boolean descending) {
        this(expression, descending, Nulls.DEFAULT);
    }

    /** NULLs before every value. */
    public OrderBy nullsFirst() {
        return new OrderBy(expression, descending, Nulls.FIRST);
    }

    /** NULLs after every value. */
    public OrderBy nullsLast() {
        return new OrderBy(expression, descending, Nulls.LAST);
    }
}
