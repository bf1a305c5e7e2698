package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date and time of day without a time zone ({@link java.time.LocalDateTime}), stored as ISO text
 * {@code YYYY-MM-DD HH:MM:SS} with {@code .ffffff} when there are microseconds, as Django stores a
 * {@code DateTimeField} on SQLite (with {@code USE_TZ = False}). Finer than microseconds is cut off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DateTimeField {

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** Whether validation accepts an empty value (Django's {@code blank}). */
    boolean blank() default false;

    /** Whether the column is unique. */
    boolean unique() default false;

    /** Whether an index is created for the column. */
    boolean dbIndex() default false;

    /** The default as text ({@link Model#NO_DEFAULT} when none), used for the column's SQL default and migrations. */
    String defaultValue() default Model.NO_DEFAULT;

    /** The column name; snake_case of the Java field name when empty. */
    String column() default "";
}
