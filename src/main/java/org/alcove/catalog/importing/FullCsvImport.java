package org.alcove.catalog.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.alcove.catalog.Catalog;
import org.alcove.catalog.io.CsvSource;
import org.alcove.catalog.io.FullBookCsv;
import org.alcove.catalog.io.ImportFormat;
import org.alcove.catalog.io.RowError;
import org.alcove.catalog.io.SourceRow;

/**
 * Reads back Alcove's full books CSV ({@link FullBookCsv}, what {@code export-books} writes): each
 * row becomes the book document the JSON export writes and goes in as {@link JsonImport} puts it,
 * so both exports bring back the same catalogue. A row is rejected with its line, the column and
 * why (a number that is not one, a row with missing cells); rows are read one at a time.
 */
final class FullCsvImport {
    private final JsonImport books;

    FullCsvImport(Catalog catalog) {
        this.books = new JsonImport(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Imports the rows of {@code source}, positioned after its header.
     *
     * @param listener told of every rejected row and of progress every few hundred rows
     * @param cancelled polled every few hundred rows; when true the import stops and is rolled back
     */
    ImportReport run(CsvSource source, boolean abortOnError, ImportListener listener, BooleanSupplier cancelled) throws IOException {
        Map<String, Integer> at = new HashMap<>();
        List<String> header = source.header();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        try {
            return books.importAll((counts, errors) -> {
                for (Optional<SourceRow> r = source.next(); r.isPresent(); r = source.next()) {
                    SourceRow row = r.get();
                    counts[0]++;
                    RowError error = importRow(row, header, at, counts, errors);
                    if (error != null) {
                        listener.rejected(error);
                    }
                    if (counts[0] % 500 == 0) {
                        if (cancelled.getAsBoolean()) {
                            throw new CancellationException();
                        }
                        listener.progress(new ImportProgress(counts[0], source.bytesRead(), source.totalBytes(),
                                counts[1], counts[2], errors.size()));
                    }
                }
                listener.progress(new ImportProgress(counts[0], source.bytesRead(), source.totalBytes(), counts[1], counts[2], errors.size()));
            }, abortOnError);
        } catch (CancellationException e) {
            return new ImportReport(ImportFormat.BOOKS, 0, 0, 0, 0, 0, List.of(), false, false, true,
                    java.time.Duration.ZERO, List.of(), false, null);
        }
    }

    private RowError importRow(SourceRow row, List<String> header, Map<String, Integer> at, long[] counts, List<RowError> errors) {
        if (row.values().size() < header.size()) { // the first column missing is named
            RowError e = new RowError(row.line(), header.get(row.values().size()).strip(), "the row has " + row.values().size()
                    + " of the header's " + header.size() + " columns (a truncated or cut line?)", row.toCsv());
            errors.add(e);
            return e;
        }
        JsonObject doc;
        try {
            doc = document(row, at);
        } catch (JsonImport.RejectedBook r) {
            RowError e = new RowError(row.line(), r.field, r.getMessage(), row.toCsv());
            errors.add(e);
            return e;
        }
        return books.importOne(row.line(), doc, row.toCsv(), counts, errors);
    }

    /** The row as a book document in {@link org.alcove.catalog.export.BookDocuments}'s shape. */
    private static JsonObject document(SourceRow row, Map<String, Integer> at) {
        JsonObject o = new JsonObject();
        for (String key : List.of("title", "series", "isbn", "publication_date", "genre", "publisher", "language",
                "format", "status", "review", "description", "notes")) {
            String v = cell(row, at, key);
            if (!v.isEmpty()) {
                o.addProperty(key, v);
            }
        }
        o.addProperty("first_published", whole(row, at, "first_published"));
        o.addProperty("pages", whole(row, at, "pages"));
        o.addProperty("series_index", decimal(row, at, "series_index"));
        o.addProperty("rating", decimal(row, at, "rating"));
        JsonArray authors = new JsonArray();
        for (String item : FullBookCsv.items(cell(row, at, "authors"))) {
            authors.add(credit(FullBookCsv.unescape(item)));
        }
        o.add("authors", authors);
        JsonArray tags = new JsonArray();
        FullBookCsv.items(cell(row, at, "tags")).forEach(t -> tags.add(FullBookCsv.unescape(t)));
        o.add("tags", tags);
        o.add("identifiers", identifiers(cell(row, at, "identifiers")));
        o.add("read_dates", readings(cell(row, at, "read_dates")));
        o.add("copies", copies(cell(row, at, "copies")));
        return o;
    }

    /** "Name" (an author) or "Name (role)" when the role is one Alcove knows. */
    private static JsonObject credit(String text) {
        JsonObject c = new JsonObject();
        String name = text;
        String role = "author";
        int open = text.lastIndexOf(" (");
        if (text.endsWith(")") && open > 0) {
            String named = text.substring(open + 2, text.length() - 1);
            if (org.alcove.catalog.ContributorRole.parse(named).isPresent()) {
                name = text.substring(0, open).strip();
                role = named;
            }
        }
        c.addProperty("name", name);
        c.addProperty("role", role);
        return c;
    }

    private static JsonArray identifiers(String cell) {
        JsonArray out = new JsonArray();
        for (String item : FullBookCsv.items(cell)) {
            String id = FullBookCsv.unescape(item);
            int colon = id.indexOf(':');
            if (colon <= 0 || colon == id.length() - 1) {
                throw new JsonImport.RejectedBook("identifiers", "'" + id + "' is not scheme:value (isbn10:0441013597)");
            }
            JsonObject o = new JsonObject();
            o.addProperty("scheme", id.substring(0, colon).strip());
            o.addProperty("value", id.substring(colon + 1).strip());
            out.add(o);
        }
        return out;
    }

    private static JsonArray readings(String cell) {
        JsonArray out = new JsonArray();
        for (String item : FullBookCsv.items(cell)) {
            String r = FullBookCsv.unescape(item);
            int slash = r.indexOf('/');
            if (slash < 0) {
                throw new JsonImport.RejectedBook("read_dates", "'" + r + "' is not started/finished (2020-01-02/2020-02-03, either may be empty)");
            }
            JsonObject o = new JsonObject();
            o.addProperty("started", blankToNull(r.substring(0, slash)));
            o.addProperty("finished", blankToNull(r.substring(slash + 1)));
            out.add(o);
        }
        return out;
    }

    private static JsonArray copies(String cell) {
        JsonArray out = new JsonArray();
        for (String item : FullBookCsv.items(cell)) {
            List<String> fields = FullBookCsv.fields(item);
            if (fields.size() > FullBookCsv.COPY_FIELDS.size()) {
                throw new JsonImport.RejectedBook("copies", "'" + item + "' has more than the " + FullBookCsv.COPY_FIELDS.size()
                        + " fields of a copy (barcode | location | call number | acquired | price | condition)");
            }
            JsonObject o = new JsonObject();
            for (int i = 0; i < fields.size(); i++) {
                String name = FullBookCsv.COPY_FIELDS.get(i);
                if (name.equals("price")) {
                    o.addProperty(name, decimal(fields.get(i), "copies"));
                } else {
                    o.addProperty(name, blankToNull(fields.get(i)));
                }
            }
            out.add(o);
        }
        return out;
    }

    private static String cell(SourceRow row, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= row.values().size() ? "" : FullBookCsv.cell(row.values().get(i));
    }

    private static Integer whole(SourceRow row, Map<String, Integer> at, String column) {
        String v = cell(row, at, column).strip();
        try {
            return v.isEmpty() ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new JsonImport.RejectedBook(column, "'" + v + "' is not a whole number");
        }
    }

    private static BigDecimal decimal(SourceRow row, Map<String, Integer> at, String column) {
        return decimal(cell(row, at, column), column);
    }

    private static BigDecimal decimal(String text, String column) {
        String v = text.strip();
        try {
            return v.isEmpty() ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new JsonImport.RejectedBook(column, "'" + v + "' is not a number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
