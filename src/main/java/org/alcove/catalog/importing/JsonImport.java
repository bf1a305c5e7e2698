package org.alcove.catalog.importing;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.alcove.catalog.Author;
import org.alcove.catalog.AutoBackups;
import org.alcove.catalog.Book;
import org.alcove.catalog.Catalog;
import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.Copy;
import org.alcove.catalog.DatePrecision;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Names;
import org.alcove.catalog.Reading;
import org.alcove.catalog.ReadingStatus;
import org.alcove.catalog.Series;
import org.alcove.catalog.Tag;
import org.alcove.catalog.export.JsonExport;
import org.alcove.catalog.io.ImportFileException;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.Isbn;
import org.alcove.catalog.io.RowError;
import org.alcove.orm.Database;

/**
 * Reads back what {@code export-json} writes ({@link JsonExport}): every book with every field —
 * credits with roles, series and number, tags, identifiers, readings, copies. In one transaction,
 * after a backup when the catalogue holds data; a book whose ISBN the catalogue has is matched and
 * left as it is; a bad book is rejected with its number in the file and why, and the others go in
 * (or, with {@code abort}, nothing does). Books are read one at a time, so memory stays bounded.
 */
public final class JsonImport {
    private final Catalog catalog;
    private final Database db;
    private final Map<String, Author> authors = new HashMap<>();
    private final Map<String, Series> series = new HashMap<>();
    private final Map<String, Tag> tags = new HashMap<>();
    /** How to take out of the caches what the book being imported created, should it be rolled back. */
    private final List<Runnable> made = new ArrayList<>();

    public JsonImport(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.db = catalog.db();
    }

    /** Whether {@code file} looks like a JSON document (its first non-blank character is '{'). */
    public static boolean looksLikeJson(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            do {
                c = r.read();
            } while (c == '\uFEFF' || Character.isWhitespace(c));
            return c == '{';
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    /**
     * Imports the file.
     *
     * @param abortOnError whether one bad book leaves everything out
     * @return the report; a {@link RowError}'s line is the book's number in the file (1 for the first)
     * @throws ImportFileException when the file is not an Alcove books document
     */
    public ImportReport run(Path file, boolean abortOnError) throws IOException {
        try (JsonReader json = new JsonReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return importAll((counts, errors) -> {
                try {
                    readDocument(json, counts, errors);
                } catch (IOException | IllegalStateException | JsonParseException e) {
                    throw new ImportFileException(file.getFileName()
                            + " is not an Alcove books document (" + e.getMessage() + "); nothing was imported.");
                }
            }, abortOnError);
        }
    }

    /** Reads a file's books, handing each to {@link #importOne}; what the JSON and the full CSV readers share. */
    @FunctionalInterface
    interface BookReading {
        /**
         * Reads every book.
         *
         * @param counts read, imported, matched, authors created: {@code counts[0]} is the reader's to count
         * @param errors where {@link #importOne} puts each rejected book's problem
         * @throws IOException if the file cannot be read; nothing is imported
         */
        void readAll(long[] counts, List<RowError> errors) throws IOException;
    }

    /**
     * Imports what {@code reading} reads in one transaction, after a backup when the catalogue holds data.
     *
     * @param reading the file's reader
     * @param abortOnError whether one bad book leaves everything out
     * @return the report
     * @throws IOException if the file cannot be read; nothing is imported
     */
    ImportReport importAll(BookReading reading, boolean abortOnError) throws IOException {
        long start = System.nanoTime();
        java.nio.file.Path backup = catalog.books().exists() || catalog.authors().exists() ? new AutoBackups(db).write() : null;
        long[] counts = new long[4]; // read, imported, matched, authors created
        List<RowError> errors = new ArrayList<>();
        boolean committed;
        try {
            committed = db.atomic(() -> {
                try {
                    reading.readAll(counts, errors);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (abortOnError && !errors.isEmpty()) {
                    throw new Aborted();
                }
                return true;
            });
        } catch (Aborted e) {
            committed = false;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        long imported = committed ? counts[1] : 0;
        return new ImportReport(ImportFormat.BOOKS, counts[0], imported, counts[2], errors.size(), committed ? counts[3] : 0,
                errors, false, committed, false, Duration.ofNanos(System.nanoTime() - start), List.of(), false, backup);
    }

    /**
     * Imports one book document, or adds why not to {@code errors}.
     *
     * @param line where the book is in the file: its number, or the CSV line it starts on
     * @param o the book in {@link org.alcove.catalog.export.BookDocuments}'s shape
     * @param source the book as the file has it, for the report (cut to 300 characters)
     * @param counts read, imported, matched, authors created
     * @param errors where a rejected book's problem goes
     * @return the problem, or null when the book went in or was matched
     */
    RowError importOne(long line, JsonObject o, String source, long[] counts, List<RowError> errors) {
        try {
            importBook(o, counts);
            return null;
        } catch (RejectedBook r) {
            RowError error = new RowError(line, r.field, r.getMessage(), source.length() > 300 ? source.substring(0, 300) : source);
            errors.add(error);
            return error;
        }
    }

    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super(null, null, false, false);
        }
    }

    private void readDocument(JsonReader json, long[] counts, List<RowError> errors) throws IOException {
        json.beginObject();
        boolean sawBooks = false;
        String format = null;
        while (json.hasNext()) {
            String name = json.nextName();
            if (name.equals("format")) {
                format = json.nextString();
            } else if (name.equals("books")) {
                if (!JsonExport.FORMAT.equals(format)) {
                    throw new IllegalStateException("\"format\" must come first and be \"" + JsonExport.FORMAT + "\"");
                }
                sawBooks = true;
                json.beginArray();
                while (json.hasNext()) {
                    counts[0]++;
                    JsonElement e = JsonParser.parseReader(json);
                    importOne(counts[0], e.getAsJsonObject(), e.toString(), counts, errors);
                }
                json.endArray();
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        if (!sawBooks) {
            throw new IllegalStateException("no \"books\" list");
        }
        if (json.peek() != JsonToken.END_DOCUMENT) {
            throw new IllegalStateException("more after the document");
        }
    }

    /** A book that cannot go in: which field and why. */
    static final class RejectedBook extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        RejectedBook(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private void importBook(JsonObject o, long[] counts) {
        made.clear();
        String title = text(o, "title");
        if (title == null || title.isBlank()) {
            throw new RejectedBook("title", "a book needs a title");
        }
        String isbn = text(o, "isbn");
        if (isbn != null && !isbn.isBlank()) {
            try {
                isbn = Isbn.toIsbn13(isbn);
            } catch (RuntimeException e) {
                throw new RejectedBook("isbn", e.getMessage());
            }
            if (catalog.books().filter("isbn", isbn).exists()) {
                counts[2]++; // the catalogue has it: left as it is
                return;
            }
        } else {
            isbn = null;
        }
        List<String[]> credits = new ArrayList<>();
        if (o.has("authors") && o.get("authors").isJsonArray()) {
            for (JsonElement a : o.getAsJsonArray("authors")) {
                JsonObject c = a.getAsJsonObject();
                credits.add(new String[] {text(c, "name"), text(c, "role")});
            }
        }
        if (credits.isEmpty() && text(o, "author") != null) {
            credits.add(new String[] {text(o, "author"), "author"});
        }
        if (credits.isEmpty() || credits.get(0)[0] == null || credits.get(0)[0].isBlank()) {
            throw new RejectedBook("authors", "a book needs an author");
        }
        Book b = new Book();
        try {
            b.setTitle(title);
            date(b, text(o, "publication_date"));
            b.setFirstPublished(o.has("first_published") && !o.get("first_published").isJsonNull() ? o.get("first_published").getAsInt() : null);
            b.setPages(o.has("pages") && !o.get("pages").isJsonNull() ? o.get("pages").getAsInt() : 0);
            b.setIsbn(isbn);
            b.setPublisher(orBlank(text(o, "publisher"))).setLanguage(orBlank(text(o, "language"))).setFormat(orBlank(text(o, "format")))
                    .setReview(orBlank(text(o, "review"))).setDescription(orBlank(text(o, "description"))).setNotes(orBlank(text(o, "notes")));
            String status = text(o, "status");
            b.setStatus(status == null ? null : ReadingStatus.parse(status).orElseThrow(() -> new RejectedBook("status", "unknown status '" + status + "'")));
            b.setRating(decimal(o, "rating"));
        } catch (IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
            throw new RejectedBook("book", e.getMessage());
        }
        try {
            String seriesName = text(o, "series");
            db.atomic(() -> { // a savepoint: a rejected book leaves no part of itself, not even a new author, series or tag
                b.setAuthor(author(credits.get(0)[0], counts));
                b.setGenre(catalog.genres().findOrAdd(genreText(o)));
                b.setSeries(seriesName == null || seriesName.isBlank() ? null : series(seriesName), decimal(o, "series_index"));
                db.save(b);
                for (int i = 0; i < credits.size(); i++) {
                    String[] c = credits.get(i);
                    ContributorRole role = c[1] == null ? ContributorRole.AUTHOR : ContributorRole.parse(c[1])
                            .orElseThrow(() -> new RejectedBook("authors", "unknown role '" + c[1] + "'"));
                    Author who = i == 0 ? b.getAuthor() : author(c[0], counts);
                    if (db.objects(org.alcove.catalog.Contribution.class).filter("book", b).filter("author", who).filter("role", role.code()).exists()) {
                        continue;
                    }
                    b.credit(who, role);
                }
                List<Tag> bookTags = new ArrayList<>();
                for (JsonElement t : array(o, "tags")) {
                    bookTags.add(tag(t.getAsString()));
                }
                b.tags().add(bookTags.toArray(Tag[]::new));
                for (JsonElement i : array(o, "identifiers")) {
                    JsonObject id = i.getAsJsonObject();
                    db.save(new Identifier(b, text(id, "scheme"), text(id, "value")));
                }
                for (JsonElement r : array(o, "read_dates")) {
                    JsonObject rd = r.getAsJsonObject();
                    db.save(new Reading(b, localDate(text(rd, "started")), localDate(text(rd, "finished"))));
                }
                for (JsonElement c : array(o, "copies")) {
                    JsonObject cp = c.getAsJsonObject();
                    String barcode = text(cp, "barcode");
                    if (barcode != null && db.objects(Copy.class).filter("barcode", barcode).exists()) {
                        throw new RejectedBook("copies", "the barcode " + barcode + " belongs to a copy in the catalogue already");
                    }
                    db.save(new Copy(b, barcode).setLocation(orBlank(text(cp, "location"))).setCallNumber(orBlank(text(cp, "call_number")))
                            .setAcquired(localDate(text(cp, "acquired"))).setPrice(decimal(cp, "price")).setCondition(orBlank(text(cp, "condition"))));
                }
            });
        } catch (RuntimeException e) {
            forgetUnsaved();
            throw e instanceof RejectedBook r ? r : new RejectedBook("book", e.getMessage());
        }
        counts[1]++;
    }

    /** Drops from the caches what a rolled-back book made (an author, series or tag that is no longer there). */
    private void forgetUnsaved() {
        made.forEach(Runnable::run);
        made.clear();
    }

    private Author author(String name, long[] counts) {
        String key = Names.key(name);
        Author a = authors.get(key);
        if (a == null) {
            if (authors.isEmpty()) {
                for (Author known : catalog.authors()) {
                    authors.putIfAbsent(Names.key(known.getName()), known);
                }
                a = authors.get(key);
            }
            if (a == null) {
                a = catalog.authors().create(new Author(name, null));
                authors.put(key, a);
                made.add(() -> {
                    authors.remove(key);
                    counts[3]--;
                });
                counts[3]++;
            }
        }
        return a;
    }

    private Series series(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return series.computeIfAbsent(key, k -> {
            made.add(() -> series.remove(key));
            return db.objects(Series.class).filter("name__iexact", name).orderBy("id").first()
                    .orElseGet(() -> db.objects(Series.class).create(new Series(name)));
        });
    }

    private Tag tag(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return tags.computeIfAbsent(key, k -> {
            made.add(() -> tags.remove(key));
            return db.objects(Tag.class).filter("name__iexact", name).first().orElseGet(() -> db.objects(Tag.class).create(new Tag(name)));
        });
    }

    /** The book's genre as the document names it: {@code "genre"} (a code or a name), else the first of {@code "genres"}; null for none. */
    private static String genreText(JsonObject o) {
        String named = text(o, "genre");
        if (named != null) {
            return named;
        }
        JsonArray labels = array(o, "genres");
        return labels.isEmpty() || labels.get(0).isJsonNull() ? null : labels.get(0).getAsString();
    }

    /** "1996", "1996-05" or "1996-05-17", with the precision it has. */
    private static void date(Book b, String text) {
        if (text == null || text.isBlank()) {
            b.setPublicationDate(null, null);
            return;
        }
        try {
            switch (text.length()) {
                case 4, 5 -> b.setPublicationDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> b.setPublicationDate(LocalDate.parse(text + "-01"), DatePrecision.MONTH);
                default -> b.setPublicationDate(LocalDate.parse(text), DatePrecision.DAY);
            }
        } catch (RuntimeException e) {
            throw new RejectedBook("publication_date", "'" + text + "' is not a date (1996, 1996-05 or 1996-05-17)");
        }
    }

    private static LocalDate localDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new RejectedBook("read_dates", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsBigDecimal() : null;
    }

    private static String text(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }
}
