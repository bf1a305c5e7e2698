package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;

/** A parent for onDelete tests. */
@Meta(table = "t_publisher", ordering = "name")
public class Publisher extends Model {
    @CharField(maxLength = 50)
    public String name;

    public Publisher() {
    }

    public Publisher(String name) {
        this.name = name;
    }
}
