package org.alcove.orm;

/** The sum of a field: {@code Sum.of("pages")}; NULL over no rows, as in SQL and Django. */
public final class Sum extends Aggregate {
    private Sum(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field name (across relations with {@code __}) or an expression. */
    public static Sum of(Object field) {
        return new Sum(field(field), false, null);
    }

    @Override
    Sum copy(Expression source, boolean distinct, Q filter) {
        return new Sum(source, distinct, filter);
    }
}
