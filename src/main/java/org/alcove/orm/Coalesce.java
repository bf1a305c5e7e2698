package org.alcove.orm;

import java.util.Arrays;
import java.util.List;

/** The first non-null of several expressions: {@code Coalesce.of(Sum.of("books__pages"), 0)}. */
public record Coalesce(List<Expression> expressions) implements Expression {
    public Coalesce {
        if (expressions.size() < 2) {
            throw new IllegalArgumentException("Coalesce needs at least two expressions");
        }
        expressions = List.copyOf(expressions);
    }

    /** Strings name fields ({@link F}); other values are constants. */
    public static Coalesce of(Object... expressions) {
        return new Coalesce(Arrays.stream(expressions)
                .map(e -> e instanceof String s ? F.of(s) : Expression.wrap(e))
                .toList());
    }
}
