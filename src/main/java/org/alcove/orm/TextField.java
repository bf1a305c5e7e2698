package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An unbounded text column. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TextField {

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
