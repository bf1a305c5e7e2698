package org.alcove.orm.testmodels;

import org.alcove.orm.CharField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.OnDelete;
import org.alcove.orm.OneToOneField;

/** A person's passport: the one-to-one side. */
@Meta(table = "t_passport", ordering = "number")
public class Passport extends Model {
    @OneToOneField(onDelete = OnDelete.CASCADE, relatedName = "passport")
    public Person person;
    @CharField(maxLength = 10)
    public String number;
    @CharField(maxLength = 2, blank = true)
    public String country = "";

    public Passport() {
    }

    public Passport(Person person, String number, String country) {
        this.person = person;
        this.number = number;
        this.country = country;
    }
}
