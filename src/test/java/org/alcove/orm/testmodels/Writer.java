package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.ManyToMany;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;

/** A writer credited on works through {@link Credit}. */
@Meta(table = "t_writer", ordering = "name")
public class Writer extends Model {
    @CharField(maxLength = 50)
    public String name;

    public Writer() {
    }

    public Writer(String name) {
        this.name = name;
    }

    public ManyToMany<Work> works() {
        return manyToMany("works");
    }
}
