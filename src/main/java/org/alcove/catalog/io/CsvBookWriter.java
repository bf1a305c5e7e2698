package org.alcove.catalog.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Exports books as Alcove's books CSV, which {@link BookCsvReader} imports back identically:
 * header {@code title,author,publication_date,isbn,genre,pages}, UTF-8 without a byte order mark,
 * CRLF line ends (RFC 4180).
 *
 * <p>A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * (or an apostrophe) gets a leading apostrophe so a spreadsheet shows it as text instead of
 * running it; the importer strips it again, so {@code =HYPERLINK(...)} round-trips exactly. A
 * book with no ISBN is written with an empty {@code isbn}, which the books importer rejects.
 *
 * <pre>{@code
 * try (CsvBookWriter writer = CsvBookWriter.open(path)) {
 *     writer.write(book);
 * }
 * }</pre>
 */
public final class CsvBookWriter extends CsvRecordWriter<BookRecord> {

    /**
     * Starts writing to a character stream and writes the header; the writer closes it.
     *
     * @param out where the CSV goes
     * @throws IOException if writing fails
     */
    public CsvBookWriter(Writer out) throws IOException {
        super(out, AlcoveBookMapper.HEADER);
    }

    /**
     * Starts writing UTF-8 to a file, replacing it.
     *
     * @param file the file
     * @return the writer, the header written
     * @throws IOException if the file cannot be written
     */
    public static CsvBookWriter open(Path file) throws IOException {
        return new CsvBookWriter(SafeCsvPrinter.utf8(file));
    }

    @Override
    Object[] cells(BookRecord book) {
        return new Object[] {book.title(), book.authorName(), book.publicationDate(), book.isbn13(),
                book.genre(), book.pages()};
    }
}
