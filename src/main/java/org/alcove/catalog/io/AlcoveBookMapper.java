package org.alcove.catalog.io;

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
        String isbn13 = cells.optionalIsbn(isbn);
        if (isbn13 == null && !cells.hasErrorOn(isbn.name())) {
            cells.error(isbn.name(), isbn.name() + " is required");
        }
        return new BookRecord(cells.line(),
                cells.requiredText(title, MAX_TITLE),
                cells.requiredText(author, MAX_AUTHOR),
                cells.requiredDate(publicationDate),
                isbn13,
                genre == null ? Genres.DEFAULT : cells.genre(genre),
                cells.pages(pages));
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
