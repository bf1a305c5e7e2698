package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.ManyToMany;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;

/** A tag on works: the target of an auto-created many-to-many relation. */
@Meta(table = "t_tag", ordering = "name")
public class Tag extends Model {
    @CharField(maxLength = 50)
    public String name;

    public Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    /** The works tagged so (the reverse side of {@link Work#tags()}). */
    public ManyToMany<Work> works() {
        return manyToMany("works");
    }
}
