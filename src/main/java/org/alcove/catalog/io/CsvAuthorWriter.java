package org.alcove.catalog.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Exports authors as Alcove's authors CSV, which {@link AuthorCsvReader} imports back identically:
 * header {@code name,birth_date,biography}, UTF-8 without a byte order mark,
 * CRLF line ends (RFC 4180).
 *
 * <p>A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * (or an apostrophe) gets a leading apostrophe so a spreadsheet shows it as text instead of
 * running it; the importer strips it again, so {@code =HYPERLINK(...)} round-trips exactly. An
 * unknown birth date is written as an empty cell.
 *
 * <pre>{@code
 * try (CsvAuthorWriter writer = CsvAuthorWriter.open(path)) {
 *     writer.write(author);
 * }
 * }</pre>
 */
public final class CsvAuthorWriter extends CsvRecordWriter<AuthorRecord> {

    /**
     * Starts writing to a character stream and writes the header; the writer closes it.
     *
     * @param out where the CSV goes
     * @throws IOException if writing fails
     */
    public CsvAuthorWriter(Writer out) throws IOException {
        super(out, AuthorCsvReader.HEADER);
    }

    /**
     * Starts writing UTF-8 to a file, replacing it.
     *
     * @param file the file
     * @return the writer, the header written
     * @throws IOException if the file cannot be written
     */
    public static CsvAuthorWriter open(Path file) throws IOException {
        return new CsvAuthorWriter(SafeCsvPrinter.utf8(file));
    }

    @Override
    Object[] cells(AuthorRecord author) {
        return new Object[] {author.name(), author.birthDate(), author.biography()};
    }
}
