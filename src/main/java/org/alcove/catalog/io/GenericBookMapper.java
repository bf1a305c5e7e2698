package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alcove.catalog.ContributorRole;

/**
 * Any CSV of books whose columns have usual names: {@code title} and an author column are
 * enough. Each column is matched to a field by its name (see {@link Field} for the names each
 * field answers to), or as the user maps it with {@code --map COLUMN=FIELD}, which wins over the
 * guess ({@code --map COLUMN=ignore} leaves a column out). Unmatched columns are ignored. Values
 * are read leniently, as for other applications' exports.
 */
final class GenericBookMapper extends ExportMapper {

    /** What a column of a generic CSV can hold, with the column names guessed as it. */
    enum Field {
        TITLE("title", "book title"),
        AUTHOR("author", "authors", "author name", "writer", "primary author", "creator"),
        CONTRIBUTORS("contributors", "additional authors", "secondary author"),
        ISBN("isbn13", "isbn-13", "isbn_13", "isbn", "isbn10", "isbn-10", "isbn_10", "ean"),
        DATE("publication_date", "publication date", "date published", "published", "pubdate", "year published",
                "year", "edition date"),
        FIRST_PUBLISHED("first_published", "original publication year", "first published", "original year"),
        PAGES("pages", "page count", "number of pages", "num pages"),
        GENRE("genre"),
        PUBLISHER("publisher"),
        LANGUAGE("language", "languages"),
        FORMAT("format", "binding", "book format"),
        DESCRIPTION("description", "summary", "synopsis"),
        NOTES("notes", "comments", "private notes", "comment"),
        REVIEW("review", "my review"),
        RATING("rating", "my rating", "stars", "star rating"),
        STATUS("status", "read status", "exclusive shelf", "shelf", "reading status"),
        TAGS("tags", "shelves", "bookshelves", "categories", "subjects", "keywords", "collections"),
        SERIES("series"),
        SERIES_INDEX("series_index", "series index", "series number", "volume"),
        STARTED("date started", "started", "start date", "start_date"),
        FINISHED("date read", "finished", "date finished", "read date", "finish date", "finish_date", "read"),
        COPIES("copies", "owned copies"),
        CALL_NUMBER("call number", "call_number", "dewey", "dewey decimal", "ddc", "lcc", "shelf mark"),
        BARCODE("barcode"),
        ASIN("asin"),
        OCLC("oclc"),
        LCCN("lccn"),
        IGNORE();

        private final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }

        /** The name {@code --map} takes: lower case, hyphens for underscores. */
        String mapName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static String choices() {
            List<String> all = new ArrayList<>();
            for (Field f : values()) {
                all.add(f.mapName());
            }
            return String.join(", ", all);
        }
    }

    private final Map<Field, Column> fields;

    GenericBookMapper(Columns columns, GenreMapping genres, Map<String, String> columnMap) throws ImportFileException {
        this(fields(columns, columnMap), columns, genres);
    }

    private GenericBookMapper(Map<Field, Column> fields, Columns columns, GenreMapping genres) throws MissingColumnException {
        super(genres, require(columns, fields, Field.TITLE), require(columns, fields, Field.AUTHOR), fields.get(Field.ISBN));
        this.fields = fields;
    }

    private static Column require(Columns columns, Map<Field, Column> fields, Field field) throws MissingColumnException {
        Column c = fields.get(field);
        if (c == null) {
            throw columns.missing(field.names.get(0), "name the column that holds it with --map COLUMN=" + field.mapName());
        }
        return c;
    }

    /** Each field's column: the user's mapping first, then the first column named as the field. */
    static Map<Field, Column> fields(Columns columns, Map<String, String> columnMap) throws ImportFileException {
        Map<Field, Column> found = new EnumMap<>(Field.class);
        Map<String, Field> mapped = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : columnMap.entrySet()) {
            Field field = parseField(e.getValue());
            Column column = columns.optional(e.getKey()).orElseThrow(() -> new ImportFileException(
                    "--map " + e.getKey() + "=" + e.getValue() + ": the file has no column '" + e.getKey()
                            + "'; its columns are: " + String.join(", ", columns.header())));
            mapped.put(ImportFormat.normaliseColumnName(column.name()), field);
            if (field != Field.IGNORE) {
                found.put(field, column);
            }
        }
        for (Field field : Field.values()) {
            if (found.containsKey(field)) {
                continue;
            }
            for (String name : field.names) {
                Column c = columns.optional(name).orElse(null);
                if (c != null && !mapped.containsKey(ImportFormat.normaliseColumnName(c.name()))
                        && !found.containsValue(c)) {
                    found.put(field, c);
                    break;
                }
            }
        }
        return found;
    }

    static Field parseField(String text) throws ImportFileException {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Field f : Field.values()) {
            if (f.mapName().equals(t)) {
                return f;
            }
        }
        throw new ImportFileException("--map: unknown field '" + text + "'; fields are " + Field.choices());
    }

    private Column c(Field f) {
        return fields.get(f);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        String author = authors(cells, cells.list(c(Field.AUTHOR), "[;&]"), d, ContributorRole.AUTHOR);
        for (String other : cells.list(c(Field.CONTRIBUTORS), "[;,|]")) {
            credit(other, ContributorRole.CONTRIBUTOR, d);
        }
        String isbn13 = cells.isbnFrom(d, c(Field.ISBN));
        LocalDate date = cells.partialDate(c(Field.DATE), d, false);
        d.firstPublished = cells.year(c(Field.FIRST_PUBLISHED));
        d.publisher = cells.clipped(c(Field.PUBLISHER), 200, d);
        d.language = cells.clipped(c(Field.LANGUAGE), 35, d);
        d.format = cells.clipped(c(Field.FORMAT), 40, d);
        d.description = cells.text(c(Field.DESCRIPTION));
        d.note("", cells.text(c(Field.NOTES)));
        d.review = cells.text(c(Field.REVIEW));
        d.rating = cells.rating(c(Field.RATING), 5, false);
        String statusText = cells.text(c(Field.STATUS));
        d.status = status(statusText).orElse(null);
        List<String> terms = new ArrayList<>();
        if (d.status == null && !statusText.isEmpty()) {
            terms.add(statusText);
            d.tag(statusText);
        }
        for (String tag : cells.list(c(Field.TAGS), "[,;|]")) {
            terms.add(tag);
            d.tag(tag);
        }
        String genreText = cells.genre(c(Field.GENRE));
        d.series = cells.clipped(c(Field.SERIES), 200, d);
        d.seriesIndex = cells.seriesIndex(c(Field.SERIES_INDEX));
        d.reading(cells.lenientDate(c(Field.STARTED)), cells.lenientDate(c(Field.FINISHED)));
        d.copies = cells.count(c(Field.COPIES));
        d.callNumber = cells.clipped(c(Field.CALL_NUMBER), 40, d);
        d.barcode = cells.clipped(c(Field.BARCODE), 40, d);
        d.identifier("asin", cells.text(c(Field.ASIN)));
        d.identifier("oclc", cells.text(c(Field.OCLC)));
        d.identifier("lccn", cells.text(c(Field.LCCN)));
        int pages = cells.count(c(Field.PAGES));
        return !genreText.isEmpty() ? record(cells, title, author, date, isbn13, pages, d, genreText)
                : record(cells, title, author, date, isbn13, pages, d, terms, d.callNumber); // a Dewey call number gives a genre
    }
}
