package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.List;

import org.alcove.catalog.ContributorRole;

/**
 * A StoryGraph export ({@code Title,Authors,Contributors,ISBN/UID,Format,Read Status,...}). Kept:
 * every one of {@code Authors} (the first is the author, the others co-authors), each of
 * {@code Contributors} with its role when written "Name (Translator)"; {@code ISBN/UID} as the
 * ISBN when it is one, else as a {@code storygraph} identifier; {@code Format}, {@code Read
 * Status}, {@code Star Rating} (quarters rounded to halves), {@code Review}, {@code Dates Read}
 * (each "start-end" range a reading), else {@code Last Date Read}, {@code Read Count};
 * {@code Tags} as tags, {@code Moods} and {@code Pace} as {@code Mood.x} and {@code Pace.x} tags;
 * content warnings in the notes; {@code Owned?} "Yes" as one copy.
 */
final class StoryGraphBookMapper extends ExportMapper {

    private final Column authors;
    private final Column contributors;
    private final Column isbn;
    private final Column format;
    private final Column status;
    private final Column lastRead;
    private final Column datesRead;
    private final Column readCount;
    private final Column moods;
    private final Column pace;
    private final Column rating;
    private final Column review;
    private final Column warnings;
    private final Column warningText;
    private final Column tags;
    private final Column owned;

    StoryGraphBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("Title"), columns.require("Authors"), columns.require("ISBN/UID"));
    }

    private StoryGraphBookMapper(Columns columns, GenreMapping genres, Column title, Column authors, Column isbn) {
        super(genres, title, authors, isbn);
        this.authors = authors;
        this.isbn = isbn;
        contributors = columns.optional("Contributors").orElse(null);
        format = columns.optional("Format").orElse(null);
        status = columns.optional("Read Status").orElse(null);
        lastRead = columns.optional("Last Date Read").orElse(null);
        datesRead = columns.optional("Dates Read").orElse(null);
        readCount = columns.optional("Read Count").orElse(null);
        moods = columns.optional("Moods").orElse(null);
        pace = columns.optional("Pace").orElse(null);
        rating = columns.optional("Star Rating").orElse(null);
        review = columns.optional("Review").orElse(null);
        warnings = columns.optional("Content Warnings").orElse(null);
        warningText = columns.optional("Content Warning Description").orElse(null);
        tags = columns.optional("Tags").orElse(null);
        owned = columns.optional("Owned?").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        String author = authors(cells, cells.list(authors, ","), d, ContributorRole.AUTHOR);
        for (String c : cells.list(contributors, ",")) {
            credit(c, ContributorRole.CONTRIBUTOR, d);
        }
        String uid = cells.text(isbn);
        String isbn13 = null;
        if (Isbn.normalise(uid).matches("\\d{9}[\\dX]|\\d{13}")) {
            isbn13 = cells.isbnFrom(d, isbn);
        } else {
            d.identifier("storygraph", uid);
        }
        d.format = cells.clipped(format, 40, d);
        d.status = status(cells.text(status)).orElse(null);
        d.rating = cells.rating(rating, 5, true);
        d.review = cells.text(review);
        for (String range : cells.list(datesRead, ",")) {
            List<LocalDate> dates = datesIn(range);
            if (dates.size() >= 2) {
                d.reading(dates.get(0), dates.get(1));
            } else if (dates.size() == 1) {
                d.reading(range.strip().endsWith("-") ? dates.get(0) : null, range.strip().endsWith("-") ? null : dates.get(0));
            }
        }
        if (d.readings.isEmpty()) {
            d.reading(null, cells.lenientDate(lastRead));
        }
        readCount(cells.count(readCount), d);
        List<String> tagList = cells.list(tags, ",");
        tagList.forEach(d::tag);
        cells.list(moods, ",").forEach(m -> d.tag("Mood." + m));
        cells.list(pace, ",").forEach(p -> d.tag("Pace." + p));
        d.note("Content warnings", (cells.text(warnings) + " " + cells.text(warningText)).strip());
        d.copies = cells.text(owned).equalsIgnoreCase("yes") ? 1 : 0;
        return record(cells, title, author, null, isbn13, 0, d, tagList, "");
    }
}
