package org.alcove.orm;

import java.util.Objects;

/**
 * A QuerySet's first value as an expression of the outer query, as Django's {@code Subquery}:
 * the QuerySet selects one column ({@code valuesListFlat} or {@code values} of one field; a model
 * QuerySet gives its primary key) and may refer to the outer row with {@link OuterRef}.
 *
 * <pre>{@code
 * QuerySet<String> newest = books.filter("author", OuterRef.of("pk")).orderBy("-publicationDate")
 *         .valuesListFlat("title", String.class).limit(1);
 * authors.annotate("newestTitle", Subquery.of(newest));
 * }</pre>
 */
public record Subquery(QuerySet<?> queryset) implements Expression {
    public Subquery {
        Objects.requireNonNull(queryset, "queryset");
    }

    public static Subquery of(QuerySet<?> queryset) {
        return new Subquery(queryset);
    }

    @Override
    public String toString() {
        return "Subquery(" + queryset.model().label() + ")";
    }
}
