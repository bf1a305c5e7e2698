package org.alcove.orm;

import java.util.Set;

/**
 * A date, or a date and time, cut down to the start of its year, quarter, month, week (its
 * Monday) or day, and a date and time also to its hour, minute or second (Django's {@code Trunc}
 * and {@code TruncYear} ... {@code TruncSecond}). The value keeps its type: a date stays a
 * {@code LocalDate}, a date and time a {@code LocalDateTime}; {@link #date} gives a date and
 * time's date (Django's {@code TruncDate}).
 *
 * <pre>{@code
 * books.annotate("month", Trunc.of("publicationDate", "month")).values("month").annotate("n", Count.all());
 * }</pre>
 */
public final class Trunc extends Func {
    static final Set<String> KINDS = Set.of("year", "quarter", "month", "week", "day", "hour", "minute", "second");
    static final Set<String> TIME_KINDS = Set.of("hour", "minute", "second");

    private final String kind;

    private Trunc(String kind, Expression source) {
        super("TRUNC", Output.SAME, source);
        this.kind = kind;
    }

    /** {@code source} (a field name or an expression) cut down to the start of its {@code kind}. */
    public static Trunc of(Object source, String kind) {
        if (!KINDS.contains(kind)) {
            throw new FieldError("Cannot truncate to '" + kind + "'. Kinds are: " + String.join(", ", new java.util.TreeSet<>(KINDS)));
        }
        return new Trunc(kind, Func.expressions(source)[0]);
    }

    /** The date of a date and time, as a {@code LocalDate} (Django's {@code TruncDate}). */
    public static Trunc date(Object source) {
        return new Trunc("date", Func.expressions(source)[0]);
    }

    /** What the value is cut down to: year ... second, or {@code date}. */
    public String kind() {
        return kind;
    }

    @Override
    public String toString() {
        return "Trunc(" + arguments().get(0) + ", " + kind + ")";
    }
}
