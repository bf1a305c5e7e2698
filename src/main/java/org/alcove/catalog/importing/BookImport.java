package org.alcove.catalog.importing;

import org.alcove.catalog.FieldLimits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alcove.catalog.Author;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.GenreCatalog;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Names;
import org.alcove.catalog.Reading;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.io.BookCsvReader;
import org.alcove.catalog.io.BookDetails;
import org.alcove.catalog.io.BookRecord;
import org.alcove.catalog.io.ImportWarning;
import org.alcove.catalog.io.RowError;
import org.alcove.orm.Database;
import org.alcove.orm.Q;

import org.apache.commons.csv.CSVFormat;

/**
 * Imports a books file of any books format inside the caller's transaction, in batches: each batch
 * of valid rows costs a few lookups (by ISBN, by title among the books the catalogue held before the
 * import, the merged books' tags, identifiers, readings, credits and copies) and one bulk insert
 * per table. Memory holds the author, tag and series names and one batch, never the books.
 *
 * <p>Everything a row holds goes in: every contributor with their role (the first author is also
 * the book's {@code author} and its first contribution), the series, tags, identifiers, readings
 * and copies. Authors are matched across the forms of a name ("Muir, Tamsyn" and "Tamsyn Muir",
 * by {@link Names#key}); a new author is stored in display form.
 *
 * <p>A row is merged into a book the catalogue held before the import, not added, when the
 * catalogue has its ISBN (ISBN-10 and -13 are one, both being stored as ISBN-13) under the same
 * title, compared without case, accents, punctuation, subtitle or series suffix; or else a book
 * with the same title and author. Merging adds the row's tags, identifiers, readings and credits
 * the book lacks, copies up to the number the row gives, and fills the book's empty fields; it
 * overwrites nothing, so importing the same file twice changes nothing the second time. A row
 * whose ISBN the catalogue holds for a different title is rejected as a duplicate ISBN.
 */
final class BookImport {

    private static final int SQL_ROWS = 400;

    private final Catalog catalog;
    private final Database db;
    private final ImportTally tally;
    private final BookCsvReader reader;
    private final String isbnColumn;
    private final String authorColumn;
    private final Map<String, Long> authorIds = new HashMap<>();
    private final Map<String, Long> tagIds = new HashMap<>();
    private final Map<String, Long> seriesIds = new HashMap<>();
    /** Barcodes given to copies by this import. */
    private final Set<String> barcodesTaken = new HashSet<>();
    /** Barcodes of the current batch that copies held before it already have. */
    private Set<String> barcodesInCatalogue = Set.of();
    private long lastIdBefore;
    /** The genres by name and code; a name not known yet becomes a genre (in the import's transaction). */
    private GenreCatalog.Resolver genres;

    BookImport(Catalog catalog, ImportTally tally, BookCsvReader reader) {
        this.catalog = catalog;
        this.db = catalog.db();
        this.tally = tally;
        this.reader = reader;
        this.isbnColumn = reader.isbnColumn();
        this.authorColumn = reader.authorColumn();
    }

    /**
     * Whether matching rows against a catalogue that already has books reads through the index on {@code indexColumns}
     * of the books table (the author index: candidates are the books of the rows' authors, see
     * {@link #titleAuthorIds}), so a large import must keep it while it sets the others aside. Into
     * an empty catalogue nothing is matched.
     */
    static boolean readsThrough(List<String> indexColumns, boolean catalogueHasBooks) {
        return catalogueHasBooks && indexColumns.equals(List.of("author_id"));
    }

    void run() {
        try (Stream<List<Object>> rows = catalog.authors().orderBy("id").valuesList("name", "id").stream()) {
            rows.forEach(r -> authorIds.putIfAbsent(Names.key((String) r.get(0)), ((Number) r.get(1)).longValue()));
        }
        for (List<Object> r : db.objects(Tag.class).orderBy("id").valuesList("name", "id")) {
            tagIds.putIfAbsent(((String) r.get(0)).toLowerCase(Locale.ROOT), ((Number) r.get(1)).longValue());
        }
        for (List<Object> r : db.objects(Series.class).orderBy("id").valuesList("name", "id")) {
            seriesIds.putIfAbsent(((String) r.get(0)).toLowerCase(Locale.ROOT), ((Number) r.get(1)).longValue());
        }
        genres = catalog.genres().resolver();
        lastIdBefore = catalog.books().orderBy("-id").valuesListFlat("id", Long.class).first().orElse(0L);
        List<KeyedBook> batch = new ArrayList<>(tally.options().batchSize());
        tally.readAll(reader, KeyedBook::of, batch::add, batch, () -> flush(batch));
    }

    /** A book read from the file with the key its first author is matched on; made on the reading thread. */
    private record KeyedBook(BookRecord book, String authorKey, String titleKey) {
        static KeyedBook of(BookRecord b) {
            return new KeyedBook(b, Names.key(b.authorName()), BookImport.titleKey(b.title()));
        }
    }

    /** A row to merge into the book {@code id}. */
    private record Merge(KeyedBook row, long id) {
    }

    /**
     * The form titles are compared in when matching: without a series suffix or subtitle, accents,
     * punctuation and case.
     */
    static String titleKey(String title) {
        String t = title.indexOf('#') < 0 ? title : SERIES_SUFFIX.matcher(title).replaceAll("");
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        if (!isPlainAscii(t)) {
            t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        }
        return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern SERIES_SUFFIX = java.util.regex.Pattern.compile("\\s*\\([^()]*#\\s*[\\d.]+\\)\\s*$");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void flush(List<KeyedBook> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Merge> merges = new ArrayList<>();
        List<KeyedBook> fresh = withoutMatches(batch, merges);
        List<KeyedBook> accepted = withAuthors(fresh);
        List<Book> books = new ArrayList<>(accepted.size());
        for (KeyedBook k : accepted) {
            books.add(newBook(k));
        }
        if (!books.isEmpty()) {
            catalog.books().bulkCreate(books);
            tally.imported += books.size();
        }
        barcodesInCatalogue = barcodesHeld(batch);
        Children children = new Children();
        for (int i = 0; i < accepted.size(); i++) {
            KeyedBook k = accepted.get(i);
            long id = books.get(i).getId();
            children.contribution(id, authorIds.get(k.authorKey()), ContributorRole.AUTHOR);
            addChildren(children, id, k.book(), 0);
            tally.warn(k.book().details().warnings());
        }
        if (!merges.isEmpty()) {
            merge(merges, children);
        }
        children.save();
        batch.clear();
    }

    /** The rows of {@code fresh} whose authors exist or may be made; the missing ones are made in one insert. */
    private List<KeyedBook> withAuthors(List<KeyedBook> fresh) {
        Map<String, Author> newAuthors = new LinkedHashMap<>();
        List<KeyedBook> accepted = new ArrayList<>(fresh.size());
        boolean create = tally.options().unknownAuthors() == ImportOptions.UnknownAuthors.CREATE;
        for (KeyedBook k : fresh) {
            List<String> names = new ArrayList<>();
            names.add(k.book().authorName());
            k.book().details().credits().forEach(c -> names.add(c.name()));
            String unknown = null;
            for (String name : names) {
                String key = Names.key(name);
                if (!authorIds.containsKey(key) && !newAuthors.containsKey(key)) {
                    if (!create) {
                        unknown = name;
                        break;
                    }
                    newAuthors.put(key, new Author(Names.displayForm(name), null));
                }
            }
            if (unknown != null) {
                reject(k.book(), authorColumn, "unknown author '" + unknown + "'");
                continue;
            }
            accepted.add(k);
        }
        if (!newAuthors.isEmpty()) {
            catalog.authors().bulkCreate(new ArrayList<>(newAuthors.values()));
            newAuthors.forEach((key, a) -> authorIds.put(key, a.getId()));
            tally.authorsCreated += newAuthors.size();
        }
        return accepted;
    }

    private Book newBook(KeyedBook k) {
        BookRecord b = k.book();
        BookDetails d = b.details();
        Book book = new Book(b.title(), stub(authorIds.get(k.authorKey())), null, b.isbn13(),
                genres.resolve(b.genre()), b.pages());
        book.setPublicationDate(b.publicationDate(), d.precision());
        fill(book, d);
        return book;
    }

    /** Sets the fields of {@code book} that it lacks and the details give (notes are added to); whether any was set. */
    private boolean fill(Book book, BookDetails d) {
        boolean changed = false;
        if (d.firstPublished() != null && book.getFirstPublished() == null) {
            book.setFirstPublished(d.firstPublished());
            changed = true;
        }
        if (!d.series().isEmpty() && book.getSeries() == null) {
            book.setSeries(series(d.series()), d.seriesIndex());
            changed = true;
        }
        if (!d.publisher().isEmpty() && book.getPublisher().isEmpty()) {
            book.setPublisher(d.publisher());
            changed = true;
        }
        if (!d.language().isEmpty() && book.getLanguage().isEmpty()) {
            book.setLanguage(d.language());
            changed = true;
        }
        if (!d.format().isEmpty() && book.getFormat().isEmpty()) {
            book.setFormat(d.format());
            changed = true;
        }
        if (!d.description().isEmpty() && book.getDescription().isEmpty()) {
            book.setDescription(d.description());
            changed = true;
        }
        if (!d.notes().isEmpty() && !book.getNotes().contains(d.notes())) {
            book.setNotes(book.getNotes().isEmpty() ? d.notes() : book.getNotes() + "\n" + d.notes());
            changed = true;
        }
        if (d.status() != null && book.getStatus() == null) {
            book.setStatus(d.status());
            changed = true;
        }
        if (d.rating() != null && book.getRating() == null) {
            book.setRating(d.rating());
            changed = true;
        }
        if (!d.review().isEmpty() && book.getReview().isEmpty()) {
            book.setReview(d.review());
            changed = true;
        }
        return changed;
    }

    private Series series(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Long id = seriesIds.get(key);
        if (id == null) {
            Series s = db.objects(Series.class).create(new Series(name));
            id = s.getId();
            seriesIds.put(key, id);
        }
        Series s = new Series();
        s.setId(id);
        return s;
    }

    /** The contributions (after the first author), tags, identifiers, readings and copies of a row. */
    private void addChildren(Children c, long bookId, BookRecord b, int copiesHeld) {
        BookDetails d = b.details();
        for (BookDetails.Credit credit : d.credits()) {
            c.contribution(bookId, authorIds.get(Names.key(credit.name())), credit.role());
        }
        for (String tag : d.tags()) {
            c.tag(bookId, tagId(tag));
        }
        for (BookDetails.Id id : d.identifiers()) {
            try {
                String value = FieldLimits.clip(id.value(), FieldLimits.IDENTIFIER);
                c.identifier(bookId, Identifier.normaliseScheme(id.scheme()), value);
            } catch (IllegalArgumentException e) {
                tally.warn(List.of(new ImportWarning(b.line(), "identifiers", e.getMessage() + "; left out")));
            }
        }
        Map<BookDetails.ReadDates, Integer> seen = new HashMap<>();
        for (BookDetails.ReadDates r : d.readings()) {
            if (r.started() != null && r.finished() != null && r.finished().isBefore(r.started())) {
                tally.warn(List.of(new ImportWarning(b.line(), "readings", "a reading finishes (" + r.finished()
                        + ") before it starts (" + r.started() + "); kept with its finish date only")));
                r = new BookDetails.ReadDates(null, r.finished());
            }
            c.reading(bookId, r.started(), r.finished(), seen.merge(r, 1, Integer::sum));
        }
        int wanted = Math.max(d.copies(), d.barcode().isEmpty() && d.callNumber().isEmpty() ? 0 : 1);
        for (int i = copiesHeld; i < wanted; i++) {
            Copy copy = new Copy(stubBook(bookId), i == 0 ? barcode(b) : null);
            copy.setCallNumber(d.callNumber());
            copy.setAcquired(d.acquired());
            c.copies.add(copy);
        }
    }

    /** The barcodes of the batch's rows that copies in the catalogue already have: one query a batch. */
    private Set<String> barcodesHeld(List<KeyedBook> batch) {
        List<String> codes = batch.stream().map(k -> k.book().details().barcode()).filter(c -> !c.isEmpty()).distinct().toList();
        return codes.isEmpty() ? Set.of()
                : new HashSet<>(db.objects(Copy.class).filter("barcode__in", codes).valuesListFlat("barcode", String.class).list());
    }

    /** The row's barcode when no copy has it yet; else null, with a warning. */
    private String barcode(BookRecord b) {
        String code = b.details().barcode();
        if (code.isEmpty()) {
            return null;
        }
        if (!barcodesTaken.add(code) || barcodesInCatalogue.contains(code)) {
            tally.warn(List.of(new ImportWarning(b.line(), "Barcode", "barcode " + code
                    + " is already on another copy; the copy is imported without it")));
            return null;
        }
        return code;
    }

    private long tagId(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Long id = tagIds.get(key);
        if (id == null) {
            String kept = FieldLimits.clip(name, FieldLimits.TAG);
            id = db.objects(Tag.class).create(new Tag(kept)).getId();
            tagIds.put(key, id);
        }
        return id;
    }

    /** The child rows of one batch, written with one insert per table. */
    private final class Children {
        final List<Contribution> contributions = new ArrayList<>();
        final Map<Long, Integer> nextPosition = new HashMap<>();
        final Set<String> contributionKeys = new HashSet<>();
        final Set<String> tagLinks = new HashSet<>();
        final List<long[]> tags = new ArrayList<>();
        final Set<String> identifierKeys = new HashSet<>();
        final List<Identifier> identifiers = new ArrayList<>();
        /** How many readings each {@code book/started/finished} has, so rereadings with the same dates count. */
        final Map<String, Integer> readingsHeld = new HashMap<>();
        final List<Reading> readings = new ArrayList<>();
        final List<Copy> copies = new ArrayList<>();

        void contribution(long bookId, long authorId, ContributorRole role) {
            if (contributionKeys.add(bookId + "/" + authorId + "/" + role.code())) {
                int position = nextPosition.merge(bookId, 1, Integer::sum) - 1;
                contributions.add(new Contribution(stubBook(bookId), stub(authorId), role, position));
            }
        }

        void tag(long bookId, long tagId) {
            if (tagLinks.add(bookId + "/" + tagId)) {
                tags.add(new long[] {bookId, tagId});
            }
        }

        void identifier(long bookId, String scheme, String value) {
            if (identifierKeys.add(bookId + "/" + scheme + "/" + value)) {
                identifiers.add(new Identifier(stubBook(bookId), scheme, value));
            }
        }

        /** Adds the {@code nth} (from 1) reading of a row with these dates unless the book already has that many. */
        void reading(long bookId, java.time.LocalDate started, java.time.LocalDate finished, int nth) {
            String key = bookId + "/" + started + "/" + finished;
            if (readingsHeld.getOrDefault(key, 0) < nth) {
                readingsHeld.put(key, nth);
                readings.add(new Reading(stubBook(bookId), started, finished));
            }
        }

        void save() {
            org.alcove.orm.BulkOptions noIds = org.alcove.orm.BulkOptions.defaults().withoutIds();
            if (!contributions.isEmpty()) {
                db.objects(Contribution.class).bulkCreate(contributions, noIds);
            }
            if (!identifiers.isEmpty()) {
                db.objects(Identifier.class).bulkCreate(identifiers, noIds);
            }
            if (!readings.isEmpty()) {
                db.objects(Reading.class).bulkCreate(readings, noIds);
            }
            if (!copies.isEmpty()) {
                db.objects(Copy.class).bulkCreate(copies, noIds);
            }
            for (int from = 0; from < tags.size(); from += SQL_ROWS) {
                List<long[]> chunk = tags.subList(from, Math.min(tags.size(), from + SQL_ROWS));
                StringBuilder sql = new StringBuilder("INSERT INTO book_tags (book_id, tag_id) VALUES ");
                Object[] params = new Object[chunk.size() * 2];
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                    params[2 * i] = chunk.get(i)[0];
                    params[2 * i + 1] = chunk.get(i)[1];
                }
                db.execute(sql.toString(), params);
            }
        }
    }

    /** Merges rows into the books they match: what each book lacks is added, nothing overwritten. */
    private void merge(List<Merge> merges, Children c) {
        List<Long> ids = merges.stream().map(Merge::id).distinct().toList();
        Map<Long, Book> books = new HashMap<>();
        for (Book b : catalog.books().filter("id__in", ids).orderBy("id").list()) {
            books.put(b.getId(), b);
        }
        Map<Long, Integer> copiesHeld = new HashMap<>();
        for (List<Object> r : db.objects(Contribution.class).filter("book__in", ids).orderBy("book", "position")
                .valuesList("book", "author", "role", "position")) {
            long book = ((Number) r.get(0)).longValue();
            Object role = r.get(2);
            c.contributionKeys.add(book + "/" + r.get(1) + "/" + (role instanceof ContributorRole cr ? cr.code() : role));
            c.nextPosition.merge(book, ((Number) r.get(3)).intValue() + 1, Math::max);
        }
        for (List<Object> r : db.objects(Identifier.class).filter("book__in", ids).orderBy().valuesList("book", "scheme", "value")) {
            c.identifierKeys.add(r.get(0) + "/" + r.get(1) + "/" + r.get(2));
        }
        for (List<Object> r : db.objects(Reading.class).filter("book__in", ids).orderBy().valuesList("book", "started", "finished")) {
            c.readingsHeld.merge(r.get(0) + "/" + r.get(1) + "/" + r.get(2), 1, Integer::sum);
        }
        for (List<Object> r : db.objects(Copy.class).filter("book__in", ids).orderBy().valuesList("book")) {
            copiesHeld.merge(((Number) r.get(0)).longValue(), 1, Integer::sum);
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        db.query("SELECT book_id, tag_id FROM book_tags WHERE book_id IN (" + marks + ")", ids,
                rs -> c.tagLinks.add(rs.getLong(1) + "/" + rs.getLong(2)));
        Map<Long, Book> changed = new LinkedHashMap<>();
        for (Merge m : merges) {
            Book book = books.get(m.id());
            BookRecord b = m.row().book();
            boolean dirty = fill(book, b.details());
            if (book.getPages() == 0 && b.pages() > 0) {
                book.setPages(b.pages());
                dirty = true;
            }
            if (book.getPublicationDate() == null && b.publicationDate() != null) {
                book.setPublicationDate(b.publicationDate(), b.details().precision());
                dirty = true;
            }
            if (book.getIsbn() == null && b.isbn13() != null && !isbnTaken(b.isbn13())) {
                book.setIsbn(b.isbn13());
                dirty = true;
            }
            if (dirty) {
                changed.put(book.getId(), book);
            }
            c.contribution(m.id(), authorIds.get(m.row().authorKey()), ContributorRole.AUTHOR);
            addChildren(c, m.id(), b, copiesHeld.getOrDefault(m.id(), 0));
            copiesHeld.merge(m.id(), Math.max(b.details().copies(), 0), Math::max);
            tally.warn(b.details().warnings());
            tally.matched++;
        }
        for (Book b : changed.values()) {
            b.save();
        }
    }

    private boolean isbnTaken(String isbn) {
        return catalog.books().filter("isbn", isbn).exists();
    }

    /**
     * The rows of the batch not already in the catalogue; the ones that match a book held before
     * the import go to {@code merges}, conflicting ones are rejected.
     */
    private List<KeyedBook> withoutMatches(List<KeyedBook> batch, List<Merge> merges) {
        if (lastIdBefore == 0) {
            return new ArrayList<>(batch);
        }
        Map<String, Object[]> byIsbn = new HashMap<>();
        List<String> isbns = batch.stream().map(k -> k.book().isbn13()).filter(i -> i != null).toList();
        if (!isbns.isEmpty()) {
            for (List<Object> r : catalog.books().orderBy().filter("isbn__in", isbns).valuesList("isbn", "title", "id")) {
                byIsbn.put((String) r.get(0), new Object[] {r.get(1), ((Number) r.get(2)).longValue()});
            }
        }
        List<KeyedBook> unmatchedByIsbn = new ArrayList<>();
        for (KeyedBook k : batch) {
            BookRecord b = k.book();
            Object[] existing = b.isbn13() == null ? null : byIsbn.get(b.isbn13());
            if (existing == null) {
                unmatchedByIsbn.add(k);
            } else if (titleKey((String) existing[0]).equals(k.titleKey())) {
                merges.add(new Merge(k, (Long) existing[1]));
            } else {
                reject(b, isbnColumn, "duplicate ISBN " + b.isbn13() + ": the catalogue already has it for '"
                        + existing[0] + "'");
            }
        }
        Map<String, Long> byTitleAuthor = titleAuthorIds(unmatchedByIsbn);
        List<KeyedBook> fresh = new ArrayList<>(unmatchedByIsbn.size());
        for (KeyedBook k : unmatchedByIsbn) {
            Long author = authorIds.get(k.authorKey());
            Long match = author == null ? null : byTitleAuthor.get(k.titleKey() + '\u0000' + author);
            if (match != null) {
                merges.add(new Merge(k, match));
            } else {
                fresh.add(k);
            }
        }
        return fresh;
    }

    /**
     * {@code titleKey \0 authorId} to id, of the books the catalogue held before the import by these
     * books' authors. Candidates are found by author (an indexed key), not by title, so titles that
     * differ in case, punctuation, subtitle or series suffix, which {@link #titleKey} folds, still meet.
     */
    private Map<String, Long> titleAuthorIds(List<KeyedBook> books) {
        Map<String, Long> keys = new HashMap<>();
        List<Long> authors = books.stream().map(k -> authorIds.get(k.authorKey())).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (authors.isEmpty() || lastIdBefore == 0) {
            return keys;
        }
        for (int from = 0; from < authors.size(); from += AUTHORS_PER_QUERY) {
            List<Long> some = authors.subList(from, Math.min(authors.size(), from + AUTHORS_PER_QUERY));
            Q before = Q.of("id__lte", lastIdBefore).and(Q.of("author__in", some));
            for (List<Object> r : catalog.books().orderBy("id").filter(before).valuesList("title", "author", "id")) {
                keys.putIfAbsent(titleKey((String) r.get(0)) + "\u0000" + r.get(1), ((Number) r.get(2)).longValue());
            }
        }
        return keys;
    }

    /** Authors asked for in one query of {@link #titleAuthorIds}, well within SQLite's bound variables. */
    private static final int AUTHORS_PER_QUERY = 500;

    private void reject(BookRecord b, String field, String message) {
        String raw = CSVFormat.DEFAULT.format(b.title(), b.authorName(), b.publicationDate(),
                b.isbn13() == null ? "" : b.isbn13(), b.genre(), b.pages());
        tally.reject(List.of(new RowError(b.line(), field, message, raw)));
    }

    private static Author stub(long id) {
        Author a = new Author();
        a.setId(id);
        return a;
    }

    private static Book stubBook(long id) {
        Book b = new Book();
        b.setId(id);
        return b;
    }
}
