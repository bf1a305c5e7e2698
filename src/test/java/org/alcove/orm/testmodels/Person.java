package org.alcove.orm.testmodels;

import java.time.LocalDate;
import java.util.Optional;

import org.alcove.orm.CharField;
import org.alcove.orm.DateField;
import org.alcove.orm.Meta;
import org.alcove.orm.Model;
import org.alcove.orm.QuerySet;

/** A person with at most one passport (a one-to-one relation's target) and visits (date-and-time rows). */
@Meta(table = "t_person", ordering = "name")
public class Person extends Model {
    @CharField(maxLength = 20)
    public String name;
    @DateField(nullable = true, blank = true)
    public LocalDate born;

    public Person() {
    }

    public Person(String name, LocalDate born) {
        this.name = name;
        this.born = born;
    }

    public Optional<Passport> passport() {
        return relatedOne("passport", Passport.class);
    }

    public QuerySet<Visit> visits() {
        return related("visits", Visit.class);
    }
}
