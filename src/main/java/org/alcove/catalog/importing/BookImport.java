package org.alcove.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Genre;
import org.alcove.catalog.io.BookCsvReader;
import org.alcove.catalog.io.BookRecord;
import org.alcove.catalog.io.RowError;
import org.alcove.orm.BulkOptions;
import org.alcove.orm.Q;
import org.alcove.orm.schema.IndexDef;

import org.apache.commons.csv.CSVFormat;

/**
 * Imports a books file (Alcove, Goodreads or LibraryThing) inside the caller's transaction, in
 * batches: each batch of valid rows costs at most two lookups (by ISBN, then by title among the
 * books the catalogue held before the import) and two bulk inserts (new authors, books). Memory
 * holds the author names and one batch, never the books.
 *
 * <p>A row is matched, not added, when the catalogue already has its ISBN with the same title
 * (ignoring case), or else a book with the same title and author. A row whose ISBN the catalogue
 * holds for another title is rejected as a duplicate. A row without ISBN (Goodreads and
 * LibraryThing allow it) that matches nothing is rejected: the catalogue requires an ISBN.
 */
final class BookImport {

    private final Catalog catalog;
    private final ImportTally tally;
    private final BookCsvReader reader;
    private final String isbnColumn;
    private final String authorColumn;
    private final Map<String, Author> authorsByName = new HashMap<>();
    private long lastIdBefore;

    BookImport(Catalog catalog, ImportTally tally, BookCsvReader reader) {
        this.catalog = catalog;
        this.tally = tally;
        this.reader = reader;
        this.isbnColumn = reader.isbnColumn();
        this.authorColumn = reader.authorColumn();
    }

    /**
     * Whether matching rows against a catalogue that already has books reads through {@code index}
     * of the books table (the title index, see {@link #withoutMatches}), so a large import must
     * keep it while it sets the others aside. Into an empty catalogue nothing is matched.
     */
    static boolean readsThrough(IndexDef index, boolean catalogueHasBooks) {
        return catalogueHasBooks && index.columns().equals(List.of("title"));
    }

    void run() {
        try (Stream<List<Object>> rows = catalog.authors().orderBy("id").valuesList("name", "id").stream()) {
            rows.forEach(r -> authorsByName.putIfAbsent(ImportTally.nameKey((String) r.get(0)),
                    stub(((Number) r.get(1)).longValue())));
        }
        lastIdBefore = catalog.books().orderBy("-id").valuesListFlat("id", Long.class).first().orElse(0L);
        List<KeyedBook> batch = new ArrayList<>(tally.options().batchSize());
        tally.readAll(reader, KeyedBook::of, batch::add, batch, () -> flush(batch));
    }

    /** A book read from the file with the key its author is matched on; made on the reading thread. */
    private record KeyedBook(BookRecord book, String authorKey) {
        static KeyedBook of(BookRecord b) {
            return new KeyedBook(b, ImportTally.nameKey(b.authorName()));
        }
    }

    private void flush(List<KeyedBook> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Author> newAuthors = new LinkedHashMap<>();
        List<KeyedBook> accepted = new ArrayList<>(batch.size());
        for (KeyedBook k : withoutMatches(batch)) {
            BookRecord b = k.book();
            if (b.isbn13() == null) {
                reject(b, isbnColumn, "no ISBN: the catalogue stores a book only with an ISBN");
                continue;
            }
            if (!authorsByName.containsKey(k.authorKey()) && !newAuthors.containsKey(k.authorKey())) {
                if (tally.options().unknownAuthors() == ImportOptions.UnknownAuthors.REJECT) {
                    reject(b, authorColumn, "unknown author '" + b.authorName() + "'");
                    continue;
                }
                newAuthors.put(k.authorKey(), new Author(b.authorName(), null));
            }
            accepted.add(k);
        }
        if (!newAuthors.isEmpty()) {
            catalog.authors().bulkCreate(new ArrayList<>(newAuthors.values()));
            newAuthors.forEach((key, a) -> authorsByName.put(key, stub(a.getId())));
            tally.authorsCreated += newAuthors.size();
        }
        List<Book> books = new ArrayList<>(accepted.size());
        for (KeyedBook k : accepted) {
            BookRecord b = k.book();
            books.add(new Book(b.title(), authorsByName.get(k.authorKey()),
                    b.publicationDate(), b.isbn13(), Genre.valueOf(b.genreCode()), b.pages()));
        }
        if (!books.isEmpty()) {
            catalog.books().bulkCreate(books, BulkOptions.defaults().withoutIds()); // the new books' ids are not needed
            tally.imported += books.size();
        }
        batch.clear();
    }

    /** The rows of the batch not already in the catalogue; matched and conflicting ones are counted. */
    private List<KeyedBook> withoutMatches(List<KeyedBook> batch) {
        if (lastIdBefore == 0) {
            return batch;
        }
        Map<String, String> titleByIsbn = new HashMap<>();
        List<String> isbns = batch.stream().map(k -> k.book().isbn13()).filter(i -> i != null).toList();
        if (!isbns.isEmpty()) {
            for (List<Object> r : catalog.books().orderBy().filter("isbn__in", isbns).valuesList("isbn", "title")) {
                titleByIsbn.put((String) r.get(0), (String) r.get(1));
            }
        }
        List<KeyedBook> unmatchedByIsbn = new ArrayList<>();
        for (KeyedBook k : batch) {
            BookRecord b = k.book();
            String existing = b.isbn13() == null ? null : titleByIsbn.get(b.isbn13());
            if (existing == null) {
                unmatchedByIsbn.add(k);
            } else if (existing.equalsIgnoreCase(b.title())) {
                tally.matched++;
            } else {
                reject(b, isbnColumn, "duplicate ISBN " + b.isbn13() + ": the catalogue already has it for '"
                        + existing + "'");
            }
        }
        Set<String> titleAuthorKeys = titleAuthorKeys(unmatchedByIsbn);
        List<KeyedBook> fresh = new ArrayList<>(unmatchedByIsbn.size());
        for (KeyedBook k : unmatchedByIsbn) {
            Author a = authorsByName.get(k.authorKey());
            if (a != null && titleAuthorKeys.contains(k.book().title() + '\u0000' + a.getId())) {
                tally.matched++;
            } else {
                fresh.add(k);
            }
        }
        return fresh;
    }

    /** {@code title \0 authorId} of the books the catalogue held before the import with these titles. */
    private Set<String> titleAuthorKeys(List<KeyedBook> books) {
        Set<String> keys = new HashSet<>();
        List<String> titles = books.stream().map(k -> k.book().title()).distinct().toList();
        if (titles.isEmpty()) {
            return keys;
        }
        Q before = Q.of("id__lte", lastIdBefore).and(Q.of("title__in", titles));
        for (List<Object> r : catalog.books().orderBy().filter(before).valuesList("title", "author")) {
            keys.add(r.get(0) + "\u0000" + r.get(1));
        }
        return keys;
    }

    private void reject(BookRecord b, String field, String message) {
        String raw = CSVFormat.DEFAULT.format(b.title(), b.authorName(), b.publicationDate(),
                b.isbn13() == null ? "" : b.isbn13(), b.genreCode(), b.pages());
        tally.reject(List.of(new RowError(b.line(), field, message, raw)));
    }

    private static Author stub(long id) {
        Author a = new Author();
        a.setId(id);
        return a;
    }
}
