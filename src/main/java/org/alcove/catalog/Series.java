package org.alcove.catalog;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;

/** A series of books ("Earthsea"); a book names its place in it with a decimal index (1, 2, 2.5). */
@Meta(table = "series", ordering = "name")
public class Series extends Model {
    @CharField(maxLength = 200, unique = true)
    private String name;

    public Series() {
    }

    public Series(String name) {
        this.name = name;
    }

    public String getName() {
        touch("name");
        return name;
    }

    public Series setName(String name) {
        this.name = name;
        return this;
    }

    /** The books of the series. */
    public QuerySet<Book> books() {
        return related("books", Book.class);
    }

    @Override
    public String toString() {
        return getName();
    }
}
