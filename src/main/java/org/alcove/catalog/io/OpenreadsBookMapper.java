package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.ContributorRole;

/**
 * An Openreads export ({@code title,subtitle,author,description,status,favourite,deleted,...}).
 * Kept: title with its {@code subtitle} ("Title: Subtitle"), {@code author}, {@code description},
 * {@code status}, {@code rating}, {@code pages}, {@code publication_year} as this edition's year,
 * {@code isbn}, {@code olid} as an {@code openlibrary} identifier, {@code tags} (separated by
 * {@code |||||}), {@code my_review}, {@code notes}, {@code book_format}, {@code readings}
 * ("start|end|time" entries separated by {@code ;}); a favourite gets the tag {@code favourite},
 * a book in Openreads' bin the tag {@code deleted}, so nothing goes missing unseen.
 */
final class OpenreadsBookMapper extends ExportMapper {

    private final Column title;
    private final Column subtitle;
    private final Column author;
    private final Column description;
    private final Column status;
    private final Column favourite;
    private final Column deleted;
    private final Column rating;
    private final Column pages;
    private final Column year;
    private final Column isbn;
    private final Column olid;
    private final Column tags;
    private final Column review;
    private final Column notes;
    private final Column format;
    private final Column readings;

    OpenreadsBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("title"), columns.require("author"), columns.optional("isbn").orElse(null));
    }

    private OpenreadsBookMapper(Columns columns, GenreMapping genres, Column title, Column author, Column isbn) {
        super(genres, title, author, isbn);
        this.title = title;
        this.author = author;
        this.isbn = isbn;
        subtitle = columns.optional("subtitle").orElse(null);
        description = columns.optional("description").orElse(null);
        status = columns.optional("status").orElse(null);
        favourite = columns.optional("favourite").orElse(null);
        deleted = columns.optional("deleted").orElse(null);
        rating = columns.optional("rating").orElse(null);
        pages = columns.optional("pages").orElse(null);
        year = columns.optional("publication_year").orElse(null);
        olid = columns.optional("olid").orElse(null);
        tags = columns.optional("tags").orElse(null);
        review = columns.optional("my_review").orElse(null);
        notes = columns.optional("notes").orElse(null);
        format = columns.optional("book_format").orElse(null);
        readings = columns.optional("readings").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String t = title(cells, d);
        String sub = cells.text(subtitle);
        if (t != null && !sub.isEmpty()) {
            t = cells.clipped(title.name(), t + ": " + sub, MAX_TITLE, d);
        }
        String a = authors(cells, cells.list(author, ",(?=\\s*\\S+\\s+\\S)"), d, ContributorRole.AUTHOR);
        String isbn13 = cells.isbnFrom(d, isbn);
        d.identifier("openlibrary", cells.text(olid));
        d.description = cells.text(description);
        d.status = status(cells.text(status)).orElse(null);
        d.rating = cells.rating(rating, 5, true);
        LocalDate date = cells.partialDate(year, d, false);
        List<String> tagList = cells.list(tags, "\\|{5}");
        tagList.forEach(d::tag);
        if (cells.text(favourite).equalsIgnoreCase("true")) {
            d.tag("favourite");
        }
        if (cells.text(deleted).equalsIgnoreCase("true")) {
            d.tag("deleted");
        }
        d.review = cells.text(review);
        d.note("", cells.text(notes));
        d.format = cells.clipped(format, 40, d);
        for (String entry : cells.list(readings, ";")) {
            String[] parts = entry.split("\\|", -1);
            List<LocalDate> start = datesIn(parts[0]);
            List<LocalDate> end = parts.length > 1 ? datesIn(parts[1]) : List.of();
            d.reading(start.isEmpty() ? null : start.get(0), end.isEmpty() ? null : end.get(0));
        }
        return record(cells, t, a, date, isbn13, cells.count(pages), d, tagList, "");
    }
}
