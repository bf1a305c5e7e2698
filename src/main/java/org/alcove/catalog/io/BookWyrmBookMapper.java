package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.ContributorRole;
import org.alcove.catalog.ReadingStatus;

/**
 * A BookWyrm export ({@code title,author_text,remote_id,openlibrary_key,...,shelf,shelf_name,shelf_date}).
 * Kept: every identifier column ({@code openlibrary_key}, {@code inventaire_id},
 * {@code librarything_key}, {@code goodreads_key}, {@code bnf_id}, {@code viaf}, {@code wikidata},
 * {@code asin}, {@code aasin}, {@code isfdb}, {@code oclc_number}, {@code remote_id}), the ISBN
 * from {@code isbn_13} else {@code isbn_10}, {@code start_date}/{@code finish_date} (or
 * {@code stopped_date}, then the status is abandoned) as a reading, {@code rating}, the review
 * (its name as a first line, its content warning in the notes), and the shelf: a reading status
 * for BookWyrm's own shelves, a tag named {@code shelf_name} for the user's.
 */
final class BookWyrmBookMapper extends ExportMapper {

    private static final String[][] IDENTIFIERS = {
            {"openlibrary_key", "openlibrary"}, {"inventaire_id", "inventaire"}, {"librarything_key", "librarything"},
            {"goodreads_key", "goodreads"}, {"bnf_id", "bnf"}, {"viaf", "viaf"}, {"wikidata", "wikidata"},
            {"asin", "asin"}, {"aasin", "aasin"}, {"isfdb", "isfdb"}, {"oclc_number", "oclc"}, {"remote_id", "bookwyrm"}};

    private final Columns columns;
    private final Column author;
    private final Column isbn13;
    private final Column isbn10;
    private final Column start;
    private final Column finish;
    private final Column stopped;
    private final Column rating;
    private final Column reviewName;
    private final Column reviewCw;
    private final Column reviewContent;
    private final Column shelf;
    private final Column shelfName;

    BookWyrmBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("title"), columns.require("author_text"),
                columns.optional("isbn_13", "isbn_10").orElse(null));
    }

    private BookWyrmBookMapper(Columns columns, GenreMapping genres, Column title, Column author, Column isbn) {
        super(genres, title, author, isbn);
        this.columns = columns;
        this.author = author;
        isbn13 = columns.optional("isbn_13").orElse(null);
        isbn10 = columns.optional("isbn_10").orElse(null);
        start = columns.optional("start_date").orElse(null);
        finish = columns.optional("finish_date").orElse(null);
        stopped = columns.optional("stopped_date").orElse(null);
        rating = columns.optional("rating").orElse(null);
        reviewName = columns.optional("review_name").orElse(null);
        reviewCw = columns.optional("review_cw").orElse(null);
        reviewContent = columns.optional("review_content").orElse(null);
        shelf = columns.optional("shelf").orElse(null);
        shelfName = columns.optional("shelf_name").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        String a = authors(cells, cells.list(author, ","), d, ContributorRole.AUTHOR);
        String isbn = cells.isbnFrom(d, isbn13, isbn10);
        for (String[] pair : IDENTIFIERS) {
            columns.optional(pair[0]).ifPresent(c -> d.identifier(pair[1], cells.text(c)));
        }
        LocalDate stop = cells.lenientDate(stopped);
        d.reading(cells.lenientDate(start), stop != null ? stop : cells.lenientDate(finish));
        d.rating = cells.rating(rating, 5, true);
        String name = cells.text(reviewName);
        String content = cells.text(reviewContent);
        d.review = (name.isEmpty() ? content : content.isEmpty() ? name : name + "\n" + content);
        d.note("Review content warning", cells.text(reviewCw));
        List<String> terms = new ArrayList<>();
        d.status = status(cells.text(shelf)).orElse(null);
        if (stop != null) {
            d.status = ReadingStatus.ABANDONED;
        }
        if (d.status == null && !cells.text(shelf).isEmpty()) {
            String shelfLabel = cells.text(shelfName).isEmpty() ? cells.text(shelf) : cells.text(shelfName);
            d.tag(shelfLabel);
            terms.add(shelfLabel);
        }
        return record(cells, title, a, null, isbn, 0, d, terms, "");
    }
}
