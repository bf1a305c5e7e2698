package org.alcove.catalog.io;

import java.time.LocalDate;

/** Alcove's books CSV: {@code title,author,publication_date,isbn,genre,pages}. */
final class AlcoveBookMapper implements BookRowMapper {

    /** The header, in the order the export writes it. */
    static final String[] HEADER = {"title", "author", "publication_date", "isbn", "genre", "pages"};

    private final Column title;
    private final Column author;
    private final Column publicationDate;
    private final Column isbn;
    private final Column genre;
    private final Column pages;

    AlcoveBookMapper(Columns columns) throws MissingColumnException {
        title = columns.require("title");
        author = columns.require("author");
        publicationDate = columns.require("publication_date");
        isbn = columns.require("isbn");
        genre = columns.optional("genre").orElse(null);
        pages = columns.optional("pages").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        BookDetails.Builder details = new BookDetails.Builder();
        String isbn13 = cells.optionalIsbn(isbn);
        String t = cells.requiredText(title, MAX_TITLE);
        String a = cells.requiredText(author, MAX_AUTHOR);
        LocalDate date = cells.partialDate(publicationDate, details, true);
        String g = genre == null ? Genres.NONE : cells.genre(genre);
        int p = cells.pages(pages);
        details.warnings.addAll(cells.warnings());
        return new BookRecord(cells.line(), t, a, date, isbn13, g, p, details.build());
    }

    @Override
    public String authorField() {
        return author.name();
    }

    @Override
    public String isbnField() {
        return isbn.name();
    }

    @Override
    public boolean restoresFormulas() {
        return true;
    }
}
