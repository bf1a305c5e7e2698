package org.alcove.orm;

/** The number of rows (or of non-null values of a field): {@code Count.of("books")}, {@code Count.all()}. */
public final class Count extends Aggregate {
    private Count(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field name (across relations with {@code __}) or an expression. */
    public static Count of(Object field) {
        return new Count(field(field), false, null);
    }

    /** Every row: {@code COUNT(*)}. */
    public static Count all() {
        return new Count(F.of("*"), false, null);
    }

    @Override
    Count copy(Expression source, boolean distinct, Q filter) {
        return new Count(source, distinct, filter);
    }
}
