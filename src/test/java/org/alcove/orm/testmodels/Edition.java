package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/** A child pointing at Publisher with every onDelete behaviour. */
@Meta(table = "t_edition")
public class Edition extends Model {
    @CharField(maxLength = 50)
    public String title;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "cascaded")
    public Publisher cascade;

    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "protected_editions", nullable = true)
    public Publisher protect;

    @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "restricted", nullable = true)
    public Publisher restrict;

    @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "nulled", nullable = true)
    public Publisher setNull;

    @ForeignKey(onDelete = OnDelete.SET_DEFAULT, relatedName = "defaulted", nullable = true, defaultValue = "1")
    public Publisher setDefault;

    @ForeignKey(onDelete = OnDelete.DO_NOTHING, relatedName = "ignored", nullable = true)
    public Publisher doNothing;

    public Edition() {
    }

    public Edition(String title, Publisher cascade) {
        this.title = title;
        this.cascade = cascade;
    }
}
