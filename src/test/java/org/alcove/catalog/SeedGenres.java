package org.alcove.catalog;

/**
 * The four genres migration 0009 makes in every catalogue, with the ids it gives them (1 to 4), for
 * tests that give a book one of them without looking it up. Fresh instances each call: a model
 * instance is not shared between tests.
 */
public final class SeedGenres {
    private SeedGenres() {
    }

    public static Genre fic() {
        return seeded(1, "Fiction", "FIC");
    }

    public static Genre non() {
        return seeded(2, "Non-Fiction", "NON");
    }

    public static Genre sci() {
        return seeded(3, "Science", "SCI");
    }

    public static Genre his() {
        return seeded(4, "History", "HIS");
    }

    /** The four, in the order of their ids. */
    public static Genre[] all() {
        return new Genre[] {fic(), non(), sci(), his()};
    }

    private static Genre seeded(long id, String name, String code) {
        Genre g = new Genre(name, code);
        g.setId(id);
        return g;
    }
}
