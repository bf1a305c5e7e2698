package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.alcove.catalog.ContributorRole;

/**
 * A Calibre catalogue CSV ({@code authors,author_sort,rating,...,title,...,pubdate,id,uuid}).
 * Kept: {@code authors} (separated by {@code &}), {@code isbn} and every one of
 * {@code identifiers} ("goodreads:39077187,isbn:978..."), {@code rating}, {@code comments} as the
 * description, {@code tags}, {@code series} and {@code series_index}, {@code languages},
 * {@code publisher}, {@code pubdate} (Calibre's "unknown" date, year 101, read as none),
 * {@code formats} as the format, {@code id} and {@code uuid} as {@code calibre} identifiers.
 */
final class CalibreBookMapper extends ExportMapper {

    private final Column authors;
    private final Column rating;
    private final Column formats;
    private final Column isbn;
    private final Column identifiers;
    private final Column comments;
    private final Column tags;
    private final Column series;
    private final Column seriesIndex;
    private final Column languages;
    private final Column publisher;
    private final Column pubdate;
    private final Column id;
    private final Column uuid;

    CalibreBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("title"), columns.require("authors"), columns.optional("isbn").orElse(null));
    }

    private CalibreBookMapper(Columns columns, GenreMapping genres, Column title, Column authors, Column isbn) {
        super(genres, title, authors, isbn);
        this.authors = authors;
        this.isbn = isbn;
        rating = columns.optional("rating").orElse(null);
        formats = columns.optional("formats").orElse(null);
        identifiers = columns.optional("identifiers").orElse(null);
        comments = columns.optional("comments").orElse(null);
        tags = columns.optional("tags").orElse(null);
        series = columns.optional("series").orElse(null);
        seriesIndex = columns.optional("series_index").orElse(null);
        languages = columns.optional("languages").orElse(null);
        publisher = columns.optional("publisher").orElse(null);
        pubdate = columns.optional("pubdate").orElse(null);
        id = columns.optional("id").orElse(null);
        uuid = columns.optional("uuid").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        String author = authors(cells, cells.list(authors, "&"), d, ContributorRole.AUTHOR);
        String isbnFromIdentifiers = "";
        for (String pair : cells.list(identifiers, ",")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                String scheme = pair.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = pair.substring(colon + 1).strip();
                if (scheme.equals("isbn")) {
                    isbnFromIdentifiers = value;
                } else {
                    d.identifier(scheme, value);
                }
            }
        }
        String isbn13 = cells.isbnFrom(d, isbn);
        if (isbn13 == null && !isbnFromIdentifiers.isEmpty()) {
            try {
                isbn13 = Isbn.toIsbn13(isbnFromIdentifiers);
            } catch (InvalidValueException e) {
                cells.warn("identifiers", "identifiers: isbn " + e.getMessage() + "; kept as an identifier");
                d.identifier("isbn", isbnFromIdentifiers);
            }
        }
        d.identifier("calibre", cells.text(id));
        d.identifier("calibre-uuid", cells.text(uuid));
        d.rating = cells.rating(rating, 5, true);
        d.description = cells.text(comments);
        List<String> tagList = cells.list(tags, ",");
        tagList.forEach(d::tag);
        d.series = cells.clipped(series, 200, d);
        if (!d.series.isEmpty()) {
            d.seriesIndex = cells.seriesIndex(seriesIndex);
        }
        d.language = cells.clipped(languages, 35, d);
        d.publisher = cells.clipped(publisher, 200, d);
        d.format = cells.clipped(formats, 40, d);
        LocalDate date = cells.partialDate(pubdate, d, false);
        if (date != null && date.getYear() <= 101) {
            date = null; // Calibre writes 0101-01-01 for "unknown"
        }
        return record(cells, title, author, date, isbn13, 0, d, tagList, "");
    }
}
