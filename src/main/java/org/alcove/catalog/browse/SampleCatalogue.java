package org.alcove.catalog.browse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.GenreCatalog;
import org.alcove.catalog.io.AuthorCsvReader;
import org.alcove.catalog.io.AuthorRecord;
import org.alcove.catalog.io.BookCsvReader;
import org.alcove.catalog.io.BookRecord;
import org.alcove.catalog.io.CsvSource;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowResult;

/** The sample catalogue shipped in the jar (classic authors and their books), loaded into a catalogue. */
public final class SampleCatalogue {
    /** The number of books in the sample, for the first-run offer. */
    public static final int BOOKS = 326;

    private static final String FOLDER = "/org/alcove/sample/";

    private SampleCatalogue() {
    }

    /** Loads the sample's authors and books in one transaction and returns the number of books added. */
    public static int load(Catalog catalog) {
        try {
            List<Author> authors = readAuthors();
            List<BookRecord> records = readBooks();
            return catalog.db().atomic(() -> {
                Map<String, Author> byName = new HashMap<>();
                for (Author a : catalog.authors().bulkCreate(authors)) {
                    byName.put(a.getName(), a);
                }
                GenreCatalog.Resolver genres = catalog.genres().resolver();
                List<Book> books = new ArrayList<>();
                for (BookRecord r : records) {
                    Author a = byName.get(r.authorName());
                    if (a != null) {
                        books.add(new Book(r.title(), a, r.publicationDate(), r.isbn13(),
                                genres.resolve(r.genre()), r.pages()));
                    }
                }
                return catalog.books().bulkCreate(books).size();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The sample catalogue cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Author> readAuthors() throws IOException {
        List<Author> out = new ArrayList<>();
        try (AuthorCsvReader reader = AuthorCsvReader.open(source("authors.csv"))) {
            reader.forEach(r -> {
                if (r instanceof RowResult.Valid<AuthorRecord> v) {
                    out.add(new Author(v.record().name(), v.record().birthDate()).setBiography(v.record().biography()));
                }
            });
        }
        return out;
    }

    private static List<BookRecord> readBooks() throws IOException {
        List<BookRecord> out = new ArrayList<>();
        try (BookCsvReader reader = BookCsvReader.open(source("books.csv"), ImportFormat.BOOKS)) {
            reader.forEach(r -> {
                if (r instanceof RowResult.Valid<BookRecord> v) {
                    out.add(v.record());
                }
            });
        }
        return out;
    }

    private static CsvSource source(String name) throws IOException {
        InputStream in = SampleCatalogue.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException(name + " is missing from the application");
        }
        return CsvSource.open(in, name, -1);
    }
}
