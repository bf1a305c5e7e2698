package org.alcove.orm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;
import org.alcove.catalog.SeedGenres;
import org.alcove.orm.testmodels.Passport;
import org.alcove.orm.testmodels.Person;
import org.alcove.orm.testmodels.Visit;

/**
 * The catalogue that {@code src/test/django/differential.py} reads with Django 3.2, so that the
 * expected values of {@link DjangoSemanticsTest} are Django's own answers on the same rows:
 * authors with and without books and birth dates, books of one author in several genres, books
 * published before their author's birth. Run {@link #main} to write it to a file.
 */
final class DifferentialFixture {
    private DifferentialFixture() {
    }

    static Database build(Path dir) {
        Database db = CatalogFixture.empty(dir);
        var authors = db.objects(Author.class);
        Author hal = authors.create(new Author("Hal Hart", null));
        Author ann = authors.create(new Author("Ann Archer", LocalDate.of(1900, 3, 1)));
        Author bo = authors.create(new Author("Bo Brandt", null));
        Author cy = authors.create(new Author("Cy Cole", LocalDate.of(1950, 6, 15)));
        authors.create(new Author("Di Dorn", null));
        Author emile = authors.create(new Author("Émile Zola", LocalDate.of(1840, 4, 2)));
        authors.create(new Author("Fé Fox", LocalDate.of(1975, 1, 1)));
        Author gus = authors.create(new Author("Gus Grey", LocalDate.of(1930, 9, 9)));
        Object[][] rows = {
            {"Arrival", ann, "1925-05-01", SeedGenres.sci(), 310},
            {"Atlas", ann, "1931-02-11", SeedGenres.sci(), 1020},
            {"Annals", ann, "1899-12-31", SeedGenres.his(), 450},
            {"Ash", ann, "1940-07-07", SeedGenres.fic(), 120},
            {"Borders", bo, "1961-01-01", SeedGenres.his(), 260},
            {"Bridges", bo, "1961-06-01", SeedGenres.his(), 980},
            {"Blue", bo, "1970-10-10", SeedGenres.fic(), 200},
            {"Comet", cy, "1949-01-01", SeedGenres.sci(), 540},
            {"Canyon", cy, "1975-03-03", SeedGenres.non(), 75},
            {"Crown", cy, "1990-09-19", SeedGenres.his(), 1190},
            {"Cinder", cy, "1990-09-19", SeedGenres.fic(), 333},
            {"Germinal", emile, "1885-03-01", SeedGenres.fic(), 592},
            {"Nana", emile, "1880-01-01", SeedGenres.fic(), 470},
            {"L'Assommoir", emile, "1877-01-01", SeedGenres.fic(), 500},
            {"Gale", gus, "1929-12-01", SeedGenres.non(), 90},
            {"Granite", gus, "1955-05-05", SeedGenres.sci(), 640},
            {"Glass", gus, "1955-05-05", SeedGenres.sci(), 901},
            {"Harbor", hal, "2001-01-01", SeedGenres.non(), 150},
            {"Hollow", hal, "2003-03-03", SeedGenres.fic(), 0},
            {"Heron", hal, "2003-03-03", SeedGenres.sci(), 1190},
        };
        List<Book> books = new ArrayList<>();
        int isbn = 0;
        for (Object[] r : rows) {
            books.add(new Book((String) r[0], (Author) r[1], LocalDate.parse((String) r[2]),
                    String.format("97800000%05d", isbn++), (Genre) r[3], (Integer) r[4]));
        }
        db.objects(Book.class).bulkCreate(books);
        people(db);
        return db;
    }

    /**
     * People with and without a passport (one-to-one) and their visits (date-and-time fields, one
     * a second before midnight, some with microseconds, some without an end).
     */
    private static void people(Database db) {
        db.schemaEditor().createModels(Person.class, Passport.class, Visit.class);
        var people = db.objects(Person.class);
        Person ann = people.create(new Person("Ann", LocalDate.of(1990, 1, 5)));
        Person bo = people.create(new Person("Bo", null));
        Person cy = people.create(new Person("Cy", LocalDate.of(1985, 7, 20)));
        people.create(new Person("Di", null));
        db.objects(Passport.class).create(new Passport(ann, "P100", "FR"));
        db.objects(Passport.class).create(new Passport(cy, "P200", ""));
        Object[][] visits = {
            {ann, "2024-01-01 09:30:00", "2024-01-01 11:00:00", "A"},
            {ann, "2024-01-01 23:59:59.500000", null, "B"},
            {ann, "2024-03-15 14:05:07", "2024-03-15 15:00:00", "A"},
            {bo, "2023-12-31 23:00:00", "2024-01-01 01:00:00", "C"},
            {bo, "2024-06-30 08:00:00", null, ""},
            {cy, "2024-01-08 12:00:00", "2024-01-08 12:30:00", "A"},
            {cy, "2025-02-28 18:45:00.250000", "2025-02-28 19:00:00", "B"},
        };
        for (Object[] v : visits) {
            db.objects(Visit.class).create(new Visit((Person) v[0], IsoDates.dateTime(v[1]),
                    v[2] == null ? null : IsoDates.dateTime(v[2]), (String) v[3]));
        }
    }

    /** Writes the fixture into the folder given as the argument (its catalog.alcove). */
    public static void main(String[] args) {
        build(Path.of(args[0])).close();
    }
}
