package org.alcove.orm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.CatalogFixture;
import org.alcove.catalog.Genre;

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
            {"Arrival", ann, "1925-05-01", Genre.SCI, 310},
            {"Atlas", ann, "1931-02-11", Genre.SCI, 1020},
            {"Annals", ann, "1899-12-31", Genre.HIS, 450},
            {"Ash", ann, "1940-07-07", Genre.FIC, 120},
            {"Borders", bo, "1961-01-01", Genre.HIS, 260},
            {"Bridges", bo, "1961-06-01", Genre.HIS, 980},
            {"Blue", bo, "1970-10-10", Genre.FIC, 200},
            {"Comet", cy, "1949-01-01", Genre.SCI, 540},
            {"Canyon", cy, "1975-03-03", Genre.NON, 75},
            {"Crown", cy, "1990-09-19", Genre.HIS, 1190},
            {"Cinder", cy, "1990-09-19", Genre.FIC, 333},
            {"Germinal", emile, "1885-03-01", Genre.FIC, 592},
            {"Nana", emile, "1880-01-01", Genre.FIC, 470},
            {"L'Assommoir", emile, "1877-01-01", Genre.FIC, 500},
            {"Gale", gus, "1929-12-01", Genre.NON, 90},
            {"Granite", gus, "1955-05-05", Genre.SCI, 640},
            {"Glass", gus, "1955-05-05", Genre.SCI, 901},
            {"Harbor", hal, "2001-01-01", Genre.NON, 150},
            {"Hollow", hal, "2003-03-03", Genre.FIC, 0},
            {"Heron", hal, "2003-03-03", Genre.SCI, 1190},
        };
        List<Book> books = new ArrayList<>();
        int isbn = 0;
        for (Object[] r : rows) {
            books.add(new Book((String) r[0], (Author) r[1], LocalDate.parse((String) r[2]),
                    String.format("97800000%05d", isbn++), (Genre) r[3], (Integer) r[4]));
        }
        db.objects(Book.class).bulkCreate(books);
        return db;
    }

    /** Writes the fixture into the folder given as the argument (its catalog.alcove). */
    public static void main(String[] args) {
        build(Path.of(args[0])).close();
    }
}
