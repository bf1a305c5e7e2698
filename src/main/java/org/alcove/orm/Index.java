package org.alcove.orm;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index over model fields, declared in {@link Meta#indexes()}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** Field names; a leading {@code -} makes that column descending. */
    String[] fields();

    /** The index name; derived from the table and fields when empty. */
    String name() default "";
}
