package org.alcove.orm;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A database function over expressions, as Django's {@code Func}: {@code NAME(arg, ...)}. The
 * built-in ones are made by {@link Functions}; a function of one's own is a {@code Func} too,
 * made with {@link #of} or by a subclass that renders itself differently.
 *
 * <pre>{@code
 * books.annotate("shout", Functions.upper("title"));
 * books.annotate("tens", new Func("ROUND", Func.Output.NUMBER, F.of("pages").div(10.0)));
 * class Reverse extends Func {   // SQLite has no REVERSE: a function registered on the connection, or:
 *     Reverse(Expression e) { super("REVERSE", Output.TEXT, e); }
 * }
 * }</pre>
 *
 * Arguments are bound as parameters like every value; a {@code String} argument names a field
 * ({@link F}), any other value is a constant ({@link Value}).
 */
public non-sealed class Func implements Expression {
    /** What the function's values are read back as. */
    public enum Output {
        /** As the first argument (its field's type when it is a field). */
        SAME,
        /** Text. */
        TEXT,
        /** A whole number ({@code Long}). */
        INTEGER,
        /** A number ({@code Double}). */
        NUMBER,
        /** A truth value ({@code Boolean}). */
        BOOLEAN
    }

    private final String function;
    private final Output output;
    private final List<Expression> arguments;

    /** {@code function(arguments...)}, read back as {@code output}. */
    public Func(String function, Output output, Expression... arguments) {
        this.function = Objects.requireNonNull(function, "function");
        this.output = Objects.requireNonNull(output, "output");
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** {@code function(arguments...)} with values read as the first argument's; strings name fields. */
    public static Func of(String function, Object... arguments) {
        return new Func(function, Output.SAME, expressions(arguments));
    }

    static Expression[] expressions(Object... values) {
        return Arrays.stream(values).map(v -> v instanceof String s ? F.of(s) : Expression.wrap(v)).toArray(Expression[]::new);
    }

    /** The function's name as written in SQL (a dialect may use its own name for a standard one). */
    public final String function() {
        return function;
    }

    public final Output output() {
        return output;
    }

    public final List<Expression> arguments() {
        return arguments;
    }

    /**
     * The SQL of the call, given the function's name in this database's dialect and each
     * argument's SQL. It must use every argument exactly once, in order (their parameters are
     * bound in that order). Override for another shape: {@code CAST(a AS INTEGER)}, {@code a || b}.
     */
    public String render(String name, List<String> args) {
        return name + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String toString() {
        return function + arguments;
    }
}
