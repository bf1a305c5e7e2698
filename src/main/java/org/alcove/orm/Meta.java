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

    /**
     * The integer field that holds each row's version, for optimistic concurrency (empty for none):
     * every save of an instance writes its row only if the version is still the one it was read
     * with, raising {@link StaleObjectError} otherwise, and adds one to it; {@link QuerySet#update}
     * and {@link QuerySet#bulkUpdate} add one too, so the version changes with every write.
     *
     * <pre>{@code
     * @Meta(table = "book", version = "version")
     * public class Book extends Model {
     *     @IntegerField(defaultValue = "0")
     *     private long version;
     * }
     * }</pre>
     */
    String version() default "";
}
