package org.alcove.orm;

/** The smallest value of a field: {@code Min.of("publicationDate")}. */
public final class Min extends Aggregate {
    private Min(Expression source, boolean distinct, Q filter) {
        super(source, distinct, filter);
    }

    /** Over a field name (across relations with {@code __}) or an expression. */
    public static Min of(Object field) {
        return new Min(field(field), false, null);
    }

    @Override
    Min copy(Expression source, boolean distinct, Q filter) {
        return new Min(source, distinct, filter);
    }
}
