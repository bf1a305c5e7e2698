package org.alcove.orm;

import java.util.Locale;

/**
 * An aggregate over the rows of a group: {@link Count}, {@link Sum}, {@link Avg}, {@link Min},
 * {@link Max}. Used in {@link QuerySet#aggregate} and {@link QuerySet#annotate}; over a reverse
 * relation ({@code Count.of("books")}) it groups by the model's rows, as in Django.
 */
public abstract sealed class Aggregate implements Expression permits Count, Sum, Avg, Min, Max {
    private final Expression source;
    private final boolean distinct;
    private final Q filter;

    Aggregate(Expression source, boolean distinct, Q filter) {
        this.source = source;
        this.distinct = distinct;
        this.filter = filter;
    }

    /** The SQL function name. */
    public final String function() {
        return getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    public Expression source() {
        return source;
    }

    public boolean isDistinct() {
        return distinct;
    }

    /** The condition restricting the rows aggregated, or null. */
    public Q filterCondition() {
        return filter;
    }

    /** Aggregate distinct values only. */
    public final Aggregate distinct() {
        return copy(source, true, filter);
    }

    /** Aggregate only rows where {@code condition} holds (SQL's FILTER (WHERE ...)). */
    public final Aggregate filter(Q condition) {
        return copy(source, distinct, condition);
    }

    /** The same function over another source and condition (for a per-row subquery). */
    final Aggregate with(Expression otherSource, Q condition) {
        return copy(otherSource, distinct, condition);
    }

    /** This function over {@code source}, distinct or not, with {@code filter} (null for none). */
    abstract Aggregate copy(Expression source, boolean distinct, Q filter);

    /** The name Django gives an unnamed aggregate: {@code pages__avg}, {@code books__count}. */
    public String defaultAlias() {
        if (source instanceof F f) {
            return f.name() + "__" + function().toLowerCase(Locale.ROOT);
        }
        throw new FieldError("Complex aggregates require an alias: give " + this + " a name");
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + source + (distinct ? ", distinct" : "")
                + (filter != null ? ", filter=" + filter : "") + ")";
    }

    static Expression field(Object source) {
        return source instanceof String s ? F.of(s) : Expression.wrap(source);
    }
}
