package org.alcove.catalog.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alcove.catalog.Book;
import org.alcove.catalog.Contribution;
import org.alcove.catalog.Copy;
import org.alcove.catalog.Identifier;
import org.alcove.catalog.Reading;
import org.alcove.catalog.Tag;
import org.alcove.orm.Database;
import org.alcove.orm.Prefetch;
import org.alcove.orm.QuerySet;

/**
 * A book with everything the catalogue holds of it, as one JSON-ready map: the shape
 * {@code search --json} prints and {@code export-json} writes. Every key is present, null (or an
 * empty list) when the book has nothing for it:
 *
 * <pre>{"id", "title", "authors": [{"name", "role"}], "author" (the first's name), "series", "series_index", "isbn",
 * "identifiers": [{"scheme", "value"}], "publication_date", "first_published", "genre", "genres",
 * "tags", "publisher", "language", "format", "pages", "status", "rating", "review", "description",
 * "notes", "read_dates": [{"started", "finished"}], "copies": [{"barcode", "location",
 * "call_number", "acquired", "price", "condition"}], "cover" (the cover's file name in the covers folder)}</pre>
 *
 * Books are read with their relations in one query per relation ({@link #load}), never one per book.
 */
public final class BookDocuments {
    private BookDocuments() {
    }

    /** {@code books} with the author, series, credits, tags, identifiers, readings and copies loaded with them. */
    public static QuerySet<Book> withRelations(Database db, QuerySet<Book> books) {
        return books.selectRelated("author", "series", "genre").prefetchRelated(
                Prefetch.of("contributions", db.objects(Contribution.class).selectRelated("author").orderBy("position", "id")),
                Prefetch.of("tags", db.objects(Tag.class).orderBy("name")),
                Prefetch.of("identifiers", db.objects(Identifier.class).orderBy("scheme", "value")),
                Prefetch.of("readings", db.objects(Reading.class).orderBy("finished", "started", "id")),
                Prefetch.of("copies", db.objects(Copy.class).orderBy("id")));
    }

    /** The documents of {@code books} (a search's page), in their order, read again with every relation. */
    public static List<Map<String, Object>> of(org.alcove.catalog.Catalog catalog, List<Book> books) {
        return load(catalog.db(), books.stream().map(Book::getId).toList());
    }

    /** The documents of the books with {@code ids}, in that order (a book no longer there is left out). */
    public static List<Map<String, Object>> load(Database db, List<Long> ids) {
        Map<Long, Map<String, Object>> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            for (Book b : withRelations(db, db.objects(Book.class).filter("id__in", chunk))) {
                byId.put(b.getId(), of(b));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Long id : ids) {
            Map<String, Object> d = byId.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** One book's document; its relations should have been loaded with {@link #withRelations}. */
    public static Map<String, Object> of(Book b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.getId());
        m.put("title", b.getTitle());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Contribution c : b.contributions().all()) {
            authors.add(pair("name", c.getAuthor().getName(), "role", c.getRole().label().toLowerCase(java.util.Locale.ROOT)));
        }
        if (authors.isEmpty() && b.getAuthor() != null) {
            authors.add(pair("name", b.getAuthor().getName(), "role", "author"));
        }
        m.put("authors", authors);
        m.put("author", b.getAuthor() == null ? null : b.getAuthor().getName()); // the first author, as before the credits
        m.put("series", b.getSeries() == null ? null : b.getSeries().getName());
        m.put("series_index", number(b.getSeriesIndex()));
        m.put("isbn", b.getIsbn());
        List<Map<String, Object>> identifiers = new ArrayList<>();
        for (Identifier i : b.identifiers().all()) {
            identifiers.add(pair("scheme", i.getScheme(), "value", i.getValue()));
        }
        m.put("identifiers", identifiers);
        m.put("publication_date", b.getPublicationDate() == null ? null : b.publicationDateText());
        m.put("first_published", b.getFirstPublished());
        m.put("genre", b.getGenre() == null ? null : b.getGenre().getName());
        m.put("genres", b.getGenre() == null ? List.of() : List.of(b.getGenre().getName()));
        m.put("tags", b.tags().all().list().stream().map(Tag::getName).toList());
        m.put("publisher", blankToNull(b.getPublisher()));
        m.put("language", blankToNull(b.getLanguage()));
        m.put("format", blankToNull(b.getFormat()));
        m.put("pages", b.getPages());
        m.put("status", b.getStatus() == null ? null : b.getStatus().code());
        m.put("rating", number(b.getRating()));
        m.put("review", blankToNull(b.getReview()));
        m.put("description", blankToNull(b.getDescription()));
        m.put("notes", blankToNull(b.getNotes()));
        List<Map<String, Object>> reads = new ArrayList<>();
        for (Reading r : b.readings().all()) {
            reads.add(pair("started", text(r.getStarted()), "finished", text(r.getFinished())));
        }
        m.put("read_dates", reads);
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Copy c : b.copies().all()) {
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put("barcode", c.getBarcode());
            copy.put("location", blankToNull(c.getLocation()));
            copy.put("call_number", blankToNull(c.getCallNumber()));
            copy.put("acquired", text(c.getAcquired()));
            copy.put("price", number(c.getPrice()));
            copy.put("condition", blankToNull(c.getCondition()));
            copies.add(copy);
        }
        m.put("copies", copies);
        m.put("cover", b.getCover());
        return m;
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

    /** A decimal as a JSON number: 4.5, 2 (not 2.0 or "4.50"). */
    private static Number number(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? (Number) s.longValueExact() : (Number) s.doubleValue();
    }
}
