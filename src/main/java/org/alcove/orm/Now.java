package org.alcove.orm;

/**
 * The database's current local date and time, as a {@code LocalDateTime} (Django's {@code Now}), to
 * compare with or store in a {@link DateTimeField}: {@code loans.filter("dueAt__lt", Now.of())}.
 * On SQLite it is this computer's clock in its time zone, to the millisecond, the same for every
 * row of one statement.
 */
public final class Now extends Func {
    private Now() {
        super("NOW", Output.SAME);
    }

    public static Now of() {
        return new Now();
    }

    @Override
    public String toString() {
        return "Now()";
    }
}
