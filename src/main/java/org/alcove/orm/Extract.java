package org.alcove.orm;

import java.util.Set;

/**
 * A part of a date, or of a date and time, as a whole number (Django's {@code Extract}): year,
 * month, day, quarter, week_day (1 = Sunday), iso_week_day (1 = Monday), week and iso_year
 * (ISO-8601), and for a date and time hour, minute and second.
 *
 * <pre>{@code
 * books.annotate("decade", Extract.of("publicationDate", "year").div(10).times(10));
 * loans.values("hour").annotate(...)   // after annotate("hour", Extract.of("lentAt", "hour"))
 * }</pre>
 */
public final class Extract extends Func {
    static final Set<String> PARTS = Set.of("year", "month", "day", "quarter", "week_day", "iso_week_day", "week",
            "iso_year", "hour", "minute", "second");

    private final String part;

    private Extract(String part, Expression source) {
        super("EXTRACT", Output.INTEGER, source);
        this.part = part;
    }

    /** {@code part} of {@code source}: a field name or an expression giving a date or a date and time. */
    public static Extract of(Object source, String part) {
        if (!PARTS.contains(part)) {
            throw new FieldError("Cannot extract '" + part + "'. Parts are: " + String.join(", ", new java.util.TreeSet<>(PARTS)));
        }
        return new Extract(part, Func.expressions(source)[0]);
    }

    /** The part extracted. */
    public String part() {
        return part;
    }

    @Override
    public String toString() {
        return "Extract(" + arguments().get(0) + ", " + part + ")";
    }
}
