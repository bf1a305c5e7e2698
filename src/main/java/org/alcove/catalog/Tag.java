package org.alcove.catalog;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;

/**
 * A tag or shelf a book is put on. A name with dots is a path in a hierarchy: {@code History.Ancient}
 * is under {@code History}, and searching {@code tag:History} finds both.
 */
@Meta(table = "tag", ordering = "name")
public class Tag extends Model {
    /** The separator of a hierarchical tag's levels. */
    public static final char LEVEL_SEPARATOR = '.';

    @CharField(maxLength = 100, unique = true)
    private String name;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public String getName() {
        touch("name");
        return name;
    }

    public Tag setName(String name) {
        this.name = name;
        return this;
    }

    /** The tag one level up ({@code History} for {@code History.Ancient}), or empty at the top. */
    public java.util.Optional<String> parentName() {
        int i = getName().lastIndexOf(LEVEL_SEPARATOR);
        return i <= 0 ? java.util.Optional.empty() : java.util.Optional.of(getName().substring(0, i));
    }

    /** The books with this tag. */
    public QuerySet<Book> books() {
        return related("books", Book.class);
    }

    @Override
    public String toString() {
        return getName();
    }
}
