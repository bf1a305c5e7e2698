package org.alcove.orm;

import java.util.List;

/**
 * Django's database functions ({@code django.db.models.functions}) as factories of {@link Func}.
 * A {@code String} argument names a field; any other value is a constant.
 *
 * <pre>{@code
 * authors.annotate("initial", Functions.substr("name", 1, 1)).orderBy("initial");
 * books.filter("title__iexact", Functions.concat("author__name", Value.of(": "), "title"));
 * books.annotate("size", Functions.greatest("pages", 100));
 * }</pre>
 *
 * {@link #lower} and {@link #upper} fold all of Unicode ("Émile" → "ÉMILE"), where SQLite's own
 * functions fold ASCII only; {@link #greatest} / {@link #least} are NULL when any argument is, as
 * on Django's SQLite backend.
 */
public final class Functions {
    private Functions() {
    }

    /** The text in lower case (all of Unicode). */
    public static Func lower(Object text) {
        return new Func("LOWER", Func.Output.TEXT, Func.expressions(text));
    }

    /** The text in upper case (all of Unicode). */
    public static Func upper(Object text) {
        return new Func("UPPER", Func.Output.TEXT, Func.expressions(text));
    }

    /** The number of characters (not bytes); NULL for NULL. */
    public static Func length(Object text) {
        return new Func("LENGTH", Func.Output.INTEGER, Func.expressions(text));
    }

    /** The texts joined; a NULL part counts as empty, as in Django's {@code Concat}. */
    public static Func concat(Object... parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("concat needs at least two expressions");
        }
        return new Func("CONCAT", Func.Output.TEXT, Func.expressions(parts));
    }

    /** {@code length} characters from {@code position} (1-based), as Django's {@code Substr}. */
    public static Func substr(Object text, int position, int length) {
        return new Func("SUBSTR", Func.Output.TEXT, Func.expressions(text, position, length));
    }

    /** The characters from {@code position} (1-based) to the end. */
    public static Func substr(Object text, int position) {
        return new Func("SUBSTR", Func.Output.TEXT, Func.expressions(text, position));
    }

    /** The text without leading and trailing spaces. */
    public static Func trim(Object text) {
        return new Func("TRIM", Func.Output.TEXT, Func.expressions(text));
    }

    /** NULL when the two are equal, else the first. */
    public static Func nullIf(Object first, Object second) {
        return new Func("NULLIF", Func.Output.SAME, Func.expressions(first, second));
    }

    /** The greatest of the values (NULL when any is NULL). */
    public static Func greatest(Object... values) {
        return new Func("GREATEST", Func.Output.SAME, Func.expressions(values));
    }

    /** The least of the values (NULL when any is NULL). */
    public static Func least(Object... values) {
        return new Func("LEAST", Func.Output.SAME, Func.expressions(values));
    }

    /** The value converted to a field kind's type: {@code cast("pages", FieldKind.CHAR)}. */
    public static Func cast(Object value, FieldKind kind) {
        Func.Output out = switch (kind) {
            case AUTO, INTEGER, POSITIVE_INTEGER, FOREIGN_KEY -> Func.Output.INTEGER;
            case DECIMAL -> Func.Output.NUMBER;
            case BOOLEAN -> Func.Output.BOOLEAN;
            default -> Func.Output.TEXT;
        };
        return new Func("CAST", out, Func.expressions(value)) {
            @Override
            public String render(String name, List<String> args) {
                return "CAST(" + args.get(0) + " AS " + castType(kind) + ")";
            }
        };
    }

    private static String castType(FieldKind kind) {
        return switch (kind) {
            case AUTO, INTEGER, POSITIVE_INTEGER, FOREIGN_KEY, BOOLEAN -> "INTEGER";
            case DECIMAL -> "REAL";
            default -> "TEXT";
        };
    }

    /**
     * An expression read back as {@code output}, as Django's {@code ExpressionWrapper}:
     * {@code wrapper(F.of("pages").div(2.0), Func.Output.NUMBER)}.
     */
    public static Func wrapper(Expression expression, Func.Output output) {
        return new Func("", output, expression) {
            @Override
            public String render(String name, List<String> args) {
                return args.get(0);
            }
        };
    }
}
