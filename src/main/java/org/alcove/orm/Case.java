package org.alcove.orm;

import java.util.List;
import java.util.Objects;

/**
 * A conditional expression, as SQL's CASE and Django's Case/When.
 *
 * <pre>{@code
 * Case.of(When.of(Q.of("pages__gt", 400), "long"), When.of(Q.of("pages__lt", 100), "short")).otherwise("medium")
 * }</pre>
 */
public record Case(List<When> whens, Expression otherwise) implements Expression {
    /** One branch: when {@code condition} holds, the value is {@code then}. */
    public record When(Q condition, Expression then) {
        public When {
            Objects.requireNonNull(condition);
            Objects.requireNonNull(then);
        }

        /** A branch; {@code then} is an expression or a constant. */
        public static When of(Q condition, Object then) {
            return new When(condition, Expression.wrap(then));
        }
    }

    public Case {
        whens = List.copyOf(whens);
        if (whens.isEmpty()) {
            throw new IllegalArgumentException("Case needs at least one When");
        }
        otherwise = otherwise == null ? Value.of(null) : otherwise;
    }

    /** The branches, with NULL when none holds (until {@link #otherwise}). */
    public static Case of(When... whens) {
        return new Case(List.of(whens), null);
    }

    /** The value when no branch holds. */
    public Case otherwise(Object value) {
        return new Case(whens, Expression.wrap(value));
    }
}
