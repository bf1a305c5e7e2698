package org.alcove.orm;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A uniqueness constraint over several fields, declared in {@link Meta#constraints()}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface UniqueConstraint {
    /** Field names. */
    String[] fields();

    /** The constraint name (required, as in Django). */
    String name();
}
