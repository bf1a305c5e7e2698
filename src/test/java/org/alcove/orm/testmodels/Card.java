package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;

/** A catalogue card two desks may edit at once: a versioned model (optimistic concurrency). */
@Meta(table = "t_card", version = "version")
public class Card extends Model {
    @CharField(maxLength = 50)
    public String title;

    @IntegerField(defaultValue = "0")
    public int shelf;

    @IntegerField(defaultValue = "0")
    public long version;

    public Card() {
    }

    public Card(String title) {
        this.title = title;
    }
}
