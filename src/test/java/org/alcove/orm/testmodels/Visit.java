package org.alcove.orm.testmodels;

import java.time.LocalDateTime;

import org.alcove.orm.CharField;
import org.alcove.orm.DateTimeField;
import org.alcove.orm.ForeignKey;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;

/** A visit with a start and an optional end: rows of date-and-time fields. */
@Meta(table = "t_visit", ordering = "arrived")
public class Visit extends Model {
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "visits")
    public Person person;
    @DateTimeField
    public LocalDateTime arrived;
    @DateTimeField(nullable = true, blank = true)
    public LocalDateTime left;
    @CharField(maxLength = 20, blank = true)
    public String room = "";

    public Visit() {
    }

    public Visit(Person person, LocalDateTime arrived, LocalDateTime left, String room) {
        this.person = person;
        this.arrived = arrived;
        this.left = left;
        this.room = room;
    }
}
