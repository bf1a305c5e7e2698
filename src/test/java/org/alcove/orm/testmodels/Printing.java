package org.alcove.orm.testmodels;

import org.alcove.orm.ForeignKey;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/** A grandchild: cascades from Edition. */
@Meta(table = "t_printing")
public class Printing extends Model {
    @IntegerField
    public int number;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "printings")
    public Edition edition;

    public Printing() {
    }

    public Printing(int number, Edition edition) {
        this.number = number;
        this.edition = edition;
    }
}
