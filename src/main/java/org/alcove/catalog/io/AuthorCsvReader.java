package org.alcove.catalog.io;

import org.alcove.catalog.FieldLimits;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads authors from an Alcove authors CSV ({@code name,birth_date,biography}), one
 * {@link RowResult} per data record, streaming.
 *
 * <p>{@code name} is required, at most 100 characters; {@code birth_date} is optional, ISO
 * {@code YYYY-MM-DD} (or the other forms {@link ImportDates} reads); {@code biography} is
 * optional. Only the {@code name} column must be present.
 *
 * <pre>{@code
 * try (AuthorCsvReader reader = AuthorCsvReader.open(path)) {
 *     reader.forEach(result -> ...);
 * }
 * }</pre>
 */
public final class AuthorCsvReader extends RecordReader<AuthorRecord> {

    /** The header, in the order the export writes it. */
    static final String[] HEADER = {"name", "birth_date", "biography"};

    private static final int MAX_NAME = FieldLimits.AUTHOR_NAME;


    private AuthorCsvReader(CsvSource source) throws MissingColumnException {
        Columns columns = new Columns(source.name(), source.header());
        Column name = columns.require("name");
        Column birthDate = columns.optional("birth_date").orElse(null);
        Column biography = columns.optional("biography").orElse(null);
        rows(new RowStream<>(source, true, cells -> new AuthorRecord(cells.line(),
                cells.requiredText(name, MAX_NAME),
                birthDate == null ? null : cells.optionalDate(birthDate),
                cells.text(biography))));
    }

    /**
     * Opens a file.
     *
     * @param file the file
     * @return the reader, positioned before the first data row
     * @throws MissingColumnException if the header has no {@code name} column
     * @throws ImportFileException if the file is empty
     * @throws IOException if the file cannot be read
     */
    public static AuthorCsvReader open(Path file) throws IOException {
        return open(CsvSource.open(file));
    }

    /**
     * Reads an already opened source; the reader closes it.
     *
     * @param source the source, positioned after its header
     * @return the reader
     * @throws MissingColumnException if the header has no {@code name} column
     * @throws IOException if the source cannot be closed after a failure
     */
    public static AuthorCsvReader open(CsvSource source) throws IOException {
        try {
            return new AuthorCsvReader(source);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

}
