package org.alcove.catalog.io;

import java.util.Optional;

import org.alcove.catalog.Genre;

/** Genre cells and Goodreads shelves read as the catalogue's codes, by {@link Genre#parse}. */
final class Genres {

    static final String DEFAULT = Genre.FIC.code();

    private Genres() {
    }

    /**
     * A genre cell: a code or a label as {@link Genre#parse} reads them (case, spaces, hyphens and
     * underscores ignored); blank means fiction.
     *
     * @throws InvalidValueException naming the value and the valid choices
     */
    static String parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return DEFAULT;
        }
        return Genre.parse(s).map(Genre::code).orElseThrow(() -> new InvalidValueException(
                "unknown genre '" + s + "'; genres are " + Genre.choices()));
    }

    /** The genre of the first shelf in a Goodreads "Bookshelves" list that names one. */
    static Optional<String> fromShelves(String shelves) {
        for (String shelf : shelves.split(",")) {
            Optional<Genre> genre = Genre.parse(shelf);
            if (genre.isPresent()) {
                return Optional.of(genre.get().code());
            }
        }
        return Optional.empty();
    }
}
