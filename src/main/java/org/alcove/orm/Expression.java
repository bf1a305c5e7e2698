package org.alcove.orm;

import java.util.Objects;

/**
 * A value computed by the database: a field reference ({@link F}), a constant ({@link Value}), an
 * aggregate ({@link Count}, {@link Sum}, ...), {@link Coalesce}, {@link Case}, a database function
 * ({@link Func}, {@link Functions}; one's own functions subclass Func), hand-written SQL ({@link RawSQL}), or arithmetic over them. Expressions are immutable and usable in filter, update, annotate and orderBy.
 *
 * <pre>{@code
 * books.update("pages", F.of("pages").plus(1));
 * }</pre>
 */
public sealed interface Expression permits F, Value, Expression.Arithmetic, Aggregate, Coalesce, Case, Func,
        OuterRef, Subquery, Exists, RawSQL {

    /** Arithmetic on two expressions; made by {@link #plus}, {@link #minus}, {@link #times}, {@link #div}. */
    record Arithmetic(Expression left, String operator, Expression right) implements Expression {
        public Arithmetic {
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
        }

        @Override
        public String toString() {
            return "(" + left + " " + operator + " " + right + ")";
        }
    }

    default Expression plus(Object other) {
        return new Arithmetic(this, "+", wrap(other));
    }

    default Expression minus(Object other) {
        return new Arithmetic(this, "-", wrap(other));
    }

    default Expression times(Object other) {
        return new Arithmetic(this, "*", wrap(other));
    }

    default Expression div(Object other) {
        return new Arithmetic(this, "/", wrap(other));
    }

    /** Ascending ordering by this expression, for {@link QuerySet#orderBy(OrderBy...)}. */
    default OrderBy asc() {
        return new OrderBy(this, false);
    }

    /** Descending ordering by this expression. */
    default OrderBy desc() {
        return new OrderBy(this, true);
    }

    /** The value as an expression: itself when it is one, else a {@link Value}. */
    static Expression wrap(Object value) {
        return value instanceof Expression e ? e : Value.of(value);
    }
}
