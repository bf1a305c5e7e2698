package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.IntegerField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/** A writer's part in a work: the through model of {@link Work#writers()}, with a role and a position. */
@Meta(table = "t_credit", ordering = {"work", "position"})
public class Credit extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "credits")
    public Work work;

    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "credits")
    public Writer writer;

    @CharField(maxLength = 20, defaultValue = "author")
    public String role = "author";

    @IntegerField(defaultValue = "0")
    public int position;
}
