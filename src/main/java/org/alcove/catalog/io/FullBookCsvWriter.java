package org.alcove.catalog.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Alcove's full books CSV ({@link FullBookCsv}): the header, then a row of cells per book, in
 * UTF-8 with CRLF line ends, formula-like cells neutralised as in every export.
 */
public final class FullBookCsvWriter extends CsvRecordWriter<List<String>> {

    /**
     * Starts writing to a character stream and writes the header; the writer closes it.
     *
     * @param out where the CSV goes
     * @throws IOException if writing fails
     */
    public FullBookCsvWriter(Writer out) throws IOException {
        super(out, FullBookCsv.HEADER.toArray(String[]::new));
    }

    /**
     * Starts writing UTF-8 to a file, replacing it.
     *
     * @param file the file
     * @return the writer, the header written
     * @throws IOException if the file cannot be written
     */
    public static FullBookCsvWriter open(Path file) throws IOException {
        return new FullBookCsvWriter(SafeCsvPrinter.utf8(file));
    }

    @Override
    Object[] cells(List<String> row) {
        if (row.size() != FullBookCsv.HEADER.size()) {
            throw new IllegalArgumentException("a row of the full books CSV has " + FullBookCsv.HEADER.size()
                    + " cells, not " + row.size());
        }
        return row.toArray();
    }
}
