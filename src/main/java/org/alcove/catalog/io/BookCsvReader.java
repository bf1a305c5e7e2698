package org.alcove.catalog.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads books from an Alcove books CSV, a Goodreads export or a LibraryThing export, one
 * {@link RowResult} per data record, streaming so memory stays bounded whatever the file's size.
 *
 * <p>Columns are found by name (any case and order; extra columns are ignored); a missing
 * required column fails {@code open} with a {@link MissingColumnException} before any row is read.
 * Each row then comes out valid, or rejected with one {@link RowError} per problem: a required
 * value missing, a value too long, a bad ISBN, an unparseable or impossible date, negative or
 * non-numeric pages, an unknown genre, or an ISBN already seen earlier in the file (the later
 * row is rejected, naming the line of the first).
 *
 * <pre>{@code
 * try (BookCsvReader reader = BookCsvReader.open(path, ImportFormat.GOODREADS)) {
 *     reader.forEach(result -> {
 *         if (result instanceof RowResult.Valid<BookRecord> valid) { batch.add(valid.record()); }
 *         else if (result instanceof RowResult.Rejected<BookRecord> rejected) { ... }
 *     });
 * }
 * }</pre>
 */
public final class BookCsvReader extends RecordReader<BookRecord> {

    private final ImportFormat format;
    private final BookRowMapper mapper;
    private final IsbnFirstLines seen = new IsbnFirstLines();

    private BookCsvReader(CsvSource source, ImportFormat format, BookReadOptions options) throws ImportFileException {
        this.format = format;
        this.mapper = BookRowMapper.forFormat(format, new Columns(source.name(), source.header()), options);
        rows(new RowStream<>(source, mapper.restoresFormulas(), cells -> {
            BookRecord book = mapper.map(cells);
            if (book.isbn13() != null) {
                checkDuplicate(seen, cells, book.isbn13(), mapper.isbnField());
            }
            return book;
        }));
    }

    /**
     * Opens a file in a known format.
     *
     * @param file the file
     * @param format BOOKS, GOODREADS or LIBRARYTHING
     * @return the reader, positioned before the first data row
     * @throws MissingColumnException if the header lacks a required column
     * @throws ImportFileException if the file is empty
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the format is AUTHORS
     */
    public static BookCsvReader open(Path file, ImportFormat format) throws IOException {
        return open(CsvSource.open(file), format);
    }

    /**
     * Opens a file in a known format with the user's column map and genre mapping.
     *
     * @param file the file
     * @param format a books format
     * @param options the column map (for CSV) and the genre mapping
     * @return the reader, positioned before the first data row
     * @throws MissingColumnException if the header lacks a required column
     * @throws IOException if the file cannot be read
     */
    public static BookCsvReader open(Path file, ImportFormat format, BookReadOptions options) throws IOException {
        return open(CsvSource.open(file), format, options);
    }

    /**
     * Opens a file, recognising its format from the header.
     *
     * @param file the file
     * @return the reader, positioned before the first data row
     * @throws ImportFileException if the header is not that of a books file
     * @throws IOException if the file cannot be read
     */
    public static BookCsvReader open(Path file) throws IOException {
        CsvSource source = CsvSource.open(file);
        Optional<ImportFormat> format = ImportFormat.detect(source.header())
                .filter(f -> f != ImportFormat.AUTHORS);
        if (format.isEmpty()) {
            source.close();
            throw new ImportFileException(ImportFormat.unrecognised(source.name(), source.header()));
        }
        return open(source, format.get());
    }

    /**
     * Reads an already opened source; the reader closes it.
     *
     * @param source the source, positioned after its header
     * @param format BOOKS, GOODREADS or LIBRARYTHING
     * @return the reader
     * @throws MissingColumnException if the header lacks a required column
     * @throws IOException if the source cannot be closed after a failure
     * @throws IllegalArgumentException if the format is AUTHORS
     */
    public static BookCsvReader open(CsvSource source, ImportFormat format) throws IOException {
        return open(source, format, BookReadOptions.defaults());
    }

    /**
     * Reads an already opened source with the user's options; the reader closes it.
     *
     * @param source the source, positioned after its header
     * @param format a books format
     * @param options the column map (for CSV) and the genre mapping
     * @return the reader
     * @throws MissingColumnException if the header lacks a required column
     * @throws IOException if the source cannot be closed after a failure
     * @throws IllegalArgumentException if the format is AUTHORS
     */
    public static BookCsvReader open(CsvSource source, ImportFormat format, BookReadOptions options) throws IOException {
        try {
            return new BookCsvReader(source, format, options);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /**
     * The format being read.
     *
     * @return the format
     */
    public ImportFormat format() {
        return format;
    }

    /**
     * The column ISBN problems are reported on, as the file's header spells it ({@code isbn},
     * {@code ISBN13} for Goodreads, {@code ISBN} or {@code 'ISBNs'} for LibraryThing).
     *
     * @return the column's name
     */
    public String isbnColumn() {
        return mapper.isbnField();
    }

    /**
     * The column the author is read from, as the file's header spells it ({@code author},
     * {@code Author}, {@code Primary Author} or {@code 'AUTHOR (first, last)'}).
     *
     * @return the column's name
     */
    public String authorColumn() {
        return mapper.authorField();
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            seen.close();
        }
    }

    private static void checkDuplicate(IsbnFirstLines seen, RowCells cells, String isbn13,
            String field) {
        long firstLine = cells.hasErrors() ? seen.lineOf(isbn13) : seen.putIfAbsent(isbn13,
                cells.line());
        if (firstLine != 0) {
            cells.error(field, "duplicate ISBN " + isbn13 + " (first seen on line " + firstLine
                    + ")");
        }
    }
}
