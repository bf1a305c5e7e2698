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
    Min with(Expression source, Q condition) {
        return new Min(source, isDistinct(), condition);
    }

    @Override
    public Min distinct() {
        return new Min(source(), true, filterCondition());
    }

    @Override
    public Min filter(Q condition) {
        return new Min(source(), isDistinct(), condition);
    }
}
