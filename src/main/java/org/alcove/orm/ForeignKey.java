package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation. The Java field's type is the target model; the column is
 * {@code <field>_id}. Reading the field through its getter loads the target lazily in one query
 * unless {@link QuerySet#selectRelated} joined it.
 *
 * <pre>{@code
 * @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books")
 * private Author author;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {
    /** What happens to this row when the target row is deleted. */
    OnDelete onDelete();

    /** The name of the reverse relation on the target ({@code author.books()}); {@code <model>_set} when empty. */
    String relatedName() default "";

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** Whether validation accepts an empty value. */
    boolean blank() default false;

    /** The default target id as text ({@link Model#NO_DEFAULT} when none), used by SET_DEFAULT. */
    String defaultValue() default Model.NO_DEFAULT;

    /** The column name; {@code <snake_case field>_id} when empty. */
    String column() default "";
}
