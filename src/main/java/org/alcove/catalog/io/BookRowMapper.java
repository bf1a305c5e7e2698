package org.alcove.catalog.io;

import org.alcove.catalog.FieldLimits;

/**
 * Turns one row of a books file into a {@link BookRecord}, reporting bad values through the
 * {@link RowCells}. One implementation per format; each finds its columns when created, so a
 * missing column is reported before any row is read.
 */
interface BookRowMapper {

    /** Longest title the catalogue stores (from the field's metadata). */
    int MAX_TITLE = FieldLimits.TITLE;
    /** Longest author name the catalogue stores. */
    int MAX_AUTHOR = FieldLimits.AUTHOR_NAME;

    /**
     * Reads a row.
     *
     * @return the record, meaningful only when the cells collected no errors
     */
    BookRecord map(RowCells cells);

    /** The column the ISBN is read from, as the file's header spells it: ISBN problems are reported on it. */
    String isbnField();

    /** The column the author's name is read from, as the file's header spells it. */
    String authorField();

    /** Whether the format is Alcove's own, whose export escaping the reader undoes. */
    boolean restoresFormulas();

    static BookRowMapper forFormat(ImportFormat format, Columns columns, BookReadOptions options)
            throws ImportFileException {
        return switch (format) {
            case BOOKS -> new AlcoveBookMapper(columns);
            case GOODREADS -> new GoodreadsBookMapper(columns, options.genres());
            case LIBRARYTHING -> new LibraryThingBookMapper(columns, options.genres());
            case STORYGRAPH -> new StoryGraphBookMapper(columns, options.genres());
            case CALIBRE -> new CalibreBookMapper(columns, options.genres());
            case OPENREADS -> new OpenreadsBookMapper(columns, options.genres());
            case BOOKWYRM -> new BookWyrmBookMapper(columns, options.genres());
            case CSV -> new GenericBookMapper(columns, options.genres(), options.columnMap());
            case AUTHORS -> throw new IllegalArgumentException(
                    "an authors file holds no books; read it with AuthorCsvReader");
        };
    }
}
