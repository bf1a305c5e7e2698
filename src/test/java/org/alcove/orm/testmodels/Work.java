package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.IntegerField;
import org.alcove.orm.ManyToMany;
import org.alcove.orm.ManyToManyField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;

/** A work with tags (an auto-created through table) and writers (through {@link Credit}, with roles). */
@Meta(table = "t_work", ordering = "title")
public class Work extends Model {
    @CharField(maxLength = 100)
    public String title;

    @IntegerField(defaultValue = "0")
    public int pages;

    @ManyToManyField(relatedName = "works")
    private ManyToMany<Tag> tags;

    @ManyToManyField(relatedName = "works", through = Credit.class)
    private ManyToMany<Writer> writers;

    public Work() {
    }

    public Work(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }

    public ManyToMany<Tag> tags() {
        return manyToMany("tags");
    }

    public ManyToMany<Writer> writers() {
        return manyToMany("writers");
    }
}
