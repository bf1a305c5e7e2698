package org.alcove.catalog.io;

/**
 * A LibraryThing export, usually tab-separated and often Latin-1, in either header style: the
 * older quoted upper case ({@code 'TITLE'}, {@code 'AUTHOR (first, last)'}, {@code 'DATE'},
 * {@code 'ISBNs'}, {@code 'PAGES'}) or the newer title case ({@code Title}, {@code Primary Author},
 * {@code Date}, {@code ISBN}, {@code Page Count}).
 *
 * <ul>
 *   <li>Author: {@code AUTHOR (first, last)}, else {@code Primary Author} as written, else
 *       {@code AUTHOR (last, first)} turned round ("Herbert, Frank" becomes "Frank Herbert").</li>
 *   <li>ISBN: {@code ISBN}, else the first of the list in {@code ISBNs}; brackets are stripped.
 *       A book with none is read with no ISBN and, as for Goodreads, matched by title and author
 *       or rejected, since the catalogue stores a book only with an ISBN.</li>
 *   <li>Date: {@code DATE}/{@code Date}, a year or a full date, bracketed or not; required.</li>
 *   <li>Genre: fiction; LibraryThing's own classifications are not mapped.</li>
 * </ul>
 */
final class LibraryThingBookMapper implements BookRowMapper {

    private final Column title;
    private final Column author;
    private final boolean authorLastFirst;
    private final Column date;
    private final Column isbn;
    private final boolean isbnList;
    private final Column pages;

    LibraryThingBookMapper(Columns columns) throws MissingColumnException {
        title = columns.require("Title");
        Column firstLast = columns.optional("AUTHOR (first, last)", "Primary Author").orElse(null);
        author = firstLast != null ? firstLast : columns.require("AUTHOR (first, last)",
                "Primary Author", "AUTHOR (last, first)");
        authorLastFirst = firstLast == null;
        date = columns.require("Date");
        Column single = columns.optional("ISBN").orElse(null);
        isbn = single != null ? single : columns.require("ISBN", "ISBNs");
        isbnList = single == null;
        pages = columns.optional("Page Count", "PAGES").orElse(null);
    }

    @Override
    public BookRecord map(RowCells cells) {
        String authorName = cells.requiredText(author, MAX_AUTHOR);
        if (authorName != null && authorLastFirst) {
            authorName = firstLast(authorName);
        }
        return new BookRecord(cells.line(),
                cells.requiredText(title, MAX_TITLE),
                authorName,
                cells.requiredDate(date),
                isbnList ? firstOfList(cells) : cells.optionalIsbn(isbn),
                Genres.DEFAULT,
                cells.pages(pages));
    }

    private String firstOfList(RowCells cells) {
        String list = cells.text(isbn);
        String first = list.replace("[", "").replace("]", "").split("[,;]", 2)[0].strip();
        if (first.isEmpty()) {
            return null;
        }
        try {
            return Isbn.toIsbn13(first);
        } catch (InvalidValueException e) {
            cells.error(isbn.name(), e.getMessage());
            return null;
        }
    }

    private static String firstLast(String lastFirst) {
        int comma = lastFirst.indexOf(',');
        if (comma < 0 || lastFirst.indexOf(',', comma + 1) >= 0) {
            return lastFirst;
        }
        return (lastFirst.substring(comma + 1).strip() + " " + lastFirst.substring(0, comma).strip())
                .strip();
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
        return false;
    }
}
