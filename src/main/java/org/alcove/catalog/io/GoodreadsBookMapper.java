package org.alcove.catalog.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alcove.catalog.ContributorRole;

/**
 * A Goodreads library export, in its 31-column form and the 24-column form Goodreads has written
 * since it dropped the recommendation and purchase columns. Everything the catalogue can hold is
 * kept:
 *
 * <ul>
 *   <li>Title: a series suffix, "Gideon the Ninth (The Locked Tomb, #1)", becomes the series and
 *       its index.</li>
 *   <li>Authors: {@code Author} first, then each of {@code Additional Authors} as a contributor
 *       (Goodreads does not say their roles).</li>
 *   <li>ISBN: {@code ISBN13}, else {@code ISBN} (both arrive wrapped as {@code ="..."}); an
 *       invalid or spreadsheet-rounded one falls back to the other with a warning. A book with
 *       neither is imported without ISBN (Kindle and many other editions have none); its
 *       ISBN-10 is kept as an identifier, {@code Book Id} as a {@code goodreads} one.</li>
 *   <li>Dates: {@code Year Published} is this edition's year; {@code Original Publication Year},
 *       which may be short or negative (65, -700), the first-published year.</li>
 *   <li>{@code Bookshelves} become tags and, through the genre mapping, the genre;
 *       {@code Exclusive Shelf} the reading status; {@code My Rating} (0 is unrated), {@code My
 *       Review}, {@code Private Notes}, {@code Publisher}, {@code Binding} are kept; {@code Date
 *       Read} and {@code Read Count} become readings; {@code Owned Copies} become copies acquired
 *       on {@code Original Purchase Date}, with purchase place and condition in the notes.</li>
 * </ul>
 */
final class GoodreadsBookMapper extends ExportMapper {

    private final Column bookId;
    private final Column author;
    private final Column additionalAuthors;
    private final Column isbn13;
    private final Column isbn10;
    private final Column rating;
    private final Column publisher;
    private final Column binding;
    private final Column pages;
    private final Column yearPublished;
    private final Column originalYear;
    private final Column dateRead;
    private final Column shelves;
    private final Column exclusiveShelf;
    private final Column review;
    private final Column privateNotes;
    private final Column readCount;
    private final Column ownedCopies;
    private final Column purchaseDate;
    private final Column purchaseLocation;
    private final Column condition;
    private final Column conditionDescription;

    GoodreadsBookMapper(Columns columns, GenreMapping genres) throws MissingColumnException {
        this(columns, genres, columns.require("Title"), columns.require("Author"), columns.require("ISBN13"));
    }

    private GoodreadsBookMapper(Columns columns, GenreMapping genres, Column title, Column author, Column isbn13)
            throws MissingColumnException {
        super(genres, title, author, isbn13);
        this.author = author;
        this.isbn13 = isbn13;
        isbn10 = columns.require("ISBN");
        yearPublished = columns.require("Year Published");
        bookId = columns.optional("Book Id").orElse(null);
        additionalAuthors = columns.optional("Additional Authors").orElse(null);
        rating = columns.optional("My Rating").orElse(null);
        publisher = columns.optional("Publisher").orElse(null);
        binding = columns.optional("Binding").orElse(null);
        pages = columns.optional("Number of Pages").orElse(null);
        originalYear = columns.optional("Original Publication Year").orElse(null);
        dateRead = columns.optional("Date Read").orElse(null);
        shelves = columns.optional("Bookshelves").orElse(null);
        exclusiveShelf = columns.optional("Exclusive Shelf").orElse(null);
        review = columns.optional("My Review").orElse(null);
        privateNotes = columns.optional("Private Notes").orElse(null);
        readCount = columns.optional("Read Count").orElse(null);
        ownedCopies = columns.optional("Owned Copies").orElse(null);
        purchaseDate = columns.optional("Original Purchase Date").orElse(null);
        purchaseLocation = columns.optional("Original Purchase Location").orElse(null);
        condition = columns.optional("Condition").orElse(null);
        conditionDescription = columns.optional("Condition Description").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder d = new BookDetails.Builder();
        String title = title(cells, d);
        List<String> names = new ArrayList<>();
        if (!cells.text(author).isEmpty()) {
            names.add(cells.text(author));
        }
        names.addAll(cells.list(additionalAuthors, ","));
        String authorName = authors(cells, names, d, ContributorRole.CONTRIBUTOR);
        String isbn = cells.isbnFrom(d, isbn13, isbn10);
        d.identifier("goodreads", cells.text(bookId));
        LocalDate date = cells.partialDate(yearPublished, d, false);
        d.firstPublished = cells.year(originalYear);
        d.rating = cells.rating(rating, 5, true);
        d.publisher = cells.clipped(publisher, 200, d);
        d.format = cells.clipped(binding, 40, d);
        String exclusive = cells.text(exclusiveShelf);
        d.status = status(exclusive).orElse(null);
        List<String> shelfList = cells.list(shelves, ",");
        for (String shelf : shelfList) {
            if (!shelf.equalsIgnoreCase(exclusive)) {
                d.tag(shelf);
            }
        }
        if (d.status == null && !exclusive.isEmpty()) {
            d.tag(exclusive);
        }
        d.review = cells.text(review);
        d.note("", cells.text(privateNotes));
        LocalDate read = cells.lenientDate(dateRead);
        d.reading(null, read);
        readCount(cells.count(readCount), d);
        d.copies = cells.count(ownedCopies);
        d.acquired = cells.lenientDate(purchaseDate);
        d.note("Bought at", cells.text(purchaseLocation));
        d.note("Condition", (cells.text(condition) + " " + cells.text(conditionDescription)).strip());
        return record(cells, title, authorName, date, isbn, cells.count(pages), d, shelfList, "");
    }
}
