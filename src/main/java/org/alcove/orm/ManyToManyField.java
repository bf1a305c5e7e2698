package org.alcove.orm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation, as Django's {@code ManyToManyField}. The Java field's type is
 * {@link ManyToMany} of the target model; it is not a column: the pairs live in a through table,
 * made by the ORM ({@code <table>_<field>} with {@code <model>_id} and {@code <target>_id}, unique
 * together) or given as a {@code through} model with foreign keys to both sides and fields of its
 * own. Lookups, exclude, annotate and prefetchRelated cross it in both directions with Django's
 * row semantics (one row per related object).
 *
 * <pre>{@code
 * @ManyToManyField(relatedName = "books")
 * private ManyToMany<Tag> tags;
 * public ManyToMany<Tag> tags() { return manyToMany("tags"); }
 *
 * @ManyToManyField(relatedName = "contributedBooks", through = Contribution.class)
 * private ManyToMany<Author> contributors;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToManyField {
    /** The name of the relation seen from the target ({@code tag.books()}); {@code <model>_set} when empty. */
    String relatedName() default "";

    /** A model holding the pairs, with a foreign key to each side; {@code Model.class} for a table the ORM makes. */
    Class<? extends Model> through() default Model.class;

    /** The name of the table the ORM makes; {@code <table>_<snake_case field>} when empty. */
    String table() default "";
}
