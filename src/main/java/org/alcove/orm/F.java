package org.alcove.orm;

import java.util.Objects;

/**
 * A reference to a field's value in the database, as Django's F: lets a query compare two fields
 * or update a field from its own value without reading it into Java.
 *
 * <pre>{@code
 * books.filter("title", F.of("author__name"));
 * books.filter(Q.of("genre", Genre.SCI)).update("pages", F.of("pages").plus(1));
 * books.annotate("decade", F.of("publicationDate__year").div(10).times(10)).values("decade").annotate("n", Count.all());
 * }</pre>
 *
 * A date field may end in a transform, {@code __year}, {@code __month} or {@code __day}, giving that
 * part as a number.
 */
public record F(String name) implements Expression {
    public F {
        Objects.requireNonNull(name, "name");
    }

    /** The field (or annotation) called {@code name}, across relations with {@code __}. */
    public static F of(String name) {
        return new F(name);
    }

    @Override
    public String toString() {
        return "F(" + name + ")";
    }
}
