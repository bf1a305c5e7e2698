package org.alcove.orm;

/** The average of a field: {@code Avg.of("pages")}. */
public final class Avg extends Aggregate {
    private Avg(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field name (across relations with {@code __}) or an expression. */
    public static Avg of(Object field) {
        return new Avg(field(field), false, null);
    }

    @Override
    Avg copy(Expression source, boolean distinct, Q filter) {
        return new Avg(source, distinct, filter);
    }
}
