package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A model's options, as Django's inner {@code class Meta}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {
    /** The table name; snake_case of the class name when empty. */
    String table() default "";

    /** Default ordering, as {@link QuerySet#orderBy} takes it ({@code "-publicationDate"}). */
    String[] ordering() default {};

    /** Indexes on one or more fields. */
    Index[] indexes() default {};

    /** Unique constraints over several fields. */
    UniqueConstraint[] constraints() default {};
}
