package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test (or class of tests) about SQLite alone, left out of the run on PostgreSQL (the build's
 * {@code postgresql} execution excludes the tag {@code sqlite-only}); {@link #value} says why.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("sqlite-only")
public @interface SqliteOnly {
    /** Why the test is about SQLite alone. */
    String value();
}
