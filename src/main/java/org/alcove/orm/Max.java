package org.alcove.orm;

/** The largest value of a field: {@code Max.of("pages")}. */
public final class Max extends Aggregate {
    private Max(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field name (across relations with {@code __}) or an expression. */
    public static Max of(Object field) {
        return new Max(field(field), false, null);
    }

    @Override
    Max copy(Expression source, boolean distinct, Q filter) {
        return new Max(source, distinct, filter);
    }
}
