package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one relation (Django's {@code OneToOneField}): a {@link ForeignKey} whose column is
 * unique, so each target has at most one row pointing at it. From the other side it is a single
 * object, not a set: {@code relatedOne("profile", Profile.class)} in the target's accessor, and
 * lookups across it ({@code authors.filter("profile__handle", "hal")}) give each row once.
 *
 * <pre>{@code
 * @OneToOneField(onDelete = OnDelete.CASCADE, relatedName = "profile")
 * private Author author;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOneField {
    /** What happens to this row when the target row is deleted. */
    OnDelete onDelete();

    /** The name of the relation on the target ({@code author.profile}); the model's name in snake_case when empty. */
    String relatedName() default "";

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** Whether validation accepts an empty value. */
    boolean blank() default false;

    /** The column name; {@code <snake_case field>_id} when empty. */
    String column() default "";
}
