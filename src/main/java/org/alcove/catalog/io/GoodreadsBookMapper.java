package org.alcove.catalog.io;

import java.time.LocalDate;

/**
 * A Goodreads library export, in its 31-column form and the 24-column form Goodreads has written
 * since it dropped the recommendation and purchase columns.
 *
 * <ul>
 *   <li>ISBN: {@code ISBN13} if set, else {@code ISBN} converted to ISBN-13 (both arrive wrapped
 *       as {@code ="..."}). A book with neither is read with no ISBN (Goodreads lists many
 *       editions without one): the import matches it by title and author, or rejects it, since
 *       the catalogue stores a book only with an ISBN.</li>
 *   <li>Publication date: {@code Original Publication Year}, else {@code Year Published}, as
 *       1 January of that year; a book with neither is rejected, since the catalogue requires a
 *       publication date.</li>
 *   <li>Author: {@code Author}, the first author. {@code Additional Authors} are ignored: the
 *       catalogue does not model several authors per book yet.</li>
 *   <li>Genre: from the first of {@code Bookshelves} named fiction, non-fiction (nonfiction),
 *       science or history; fiction otherwise.</li>
 * </ul>
 */
final class GoodreadsBookMapper implements BookRowMapper {

    private final Column title;
    private final Column author;
    private final Column isbn13;
    private final Column isbn10;
    private final Column yearPublished;
    private final Column originalYear;
    private final Column pages;
    private final Column shelves;

    GoodreadsBookMapper(Columns columns) throws MissingColumnException {
        title = columns.require("Title");
        author = columns.require("Author");
        isbn10 = columns.require("ISBN");
        isbn13 = columns.require("ISBN13");
        yearPublished = columns.require("Year Published");
        originalYear = columns.optional("Original Publication Year").orElse(null);
        pages = columns.optional("Number of Pages").orElse(null);
        shelves = columns.optional("Bookshelves").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        String thirteen = Isbn.normalise(cells.text(isbn13));
        String isbn = thirteen.isEmpty() ? cells.optionalIsbn(isbn10) : cells.optionalIsbn(isbn13, thirteen);
        return new BookRecord(cells.line(),
                cells.requiredText(title, MAX_TITLE),
                cells.requiredText(author, MAX_AUTHOR),
                publicationDate(cells),
                isbn,
                Genres.fromShelves(cells.text(shelves)).orElse(Genres.DEFAULT),
                cells.pages(pages));
    }

    /** The original year when it is a usable year, else the edition's year. */
    private LocalDate publicationDate(RowCells cells) {
        String original = cells.text(originalYear);
        if (!original.isEmpty()) {
            try {
                return ImportDates.parse(original);
            } catch (InvalidValueException e) {
                if (cells.text(yearPublished).isEmpty()) {
                    cells.error(originalYear.name(), originalYear.name() + ": " + e.getMessage());
                    return null;
                }
            }
        }
        if (cells.text(yearPublished).isEmpty()) {
            cells.error(yearPublished.name(), "no publication year: neither 'Original Publication "
                    + "Year' nor 'Year Published' is set");
            return null;
        }
        return cells.requiredDate(yearPublished);
    }

    @Override
    public String authorField() {
        return author.name();
    }

    @Override
    public String isbnField() {
        return isbn13.name();
    }

    @Override
    public boolean restoresFormulas() {
        return false;
    }
}
