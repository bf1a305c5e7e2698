package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes records of one kind as CSV through {@link SafeCsvPrinter} (RFC 4180, UTF-8, formulas
 * neutralised): the header first, then a row per record, its cells as {@link #cells} gives them.
 */
abstract class CsvRecordWriter<T> implements Closeable {
    private final SafeCsvPrinter printer;

    CsvRecordWriter(Writer out, String... header) throws IOException {
        this.printer = new SafeCsvPrinter(out, header);
    }

    /** The record's cells, in the header's order. */
    abstract Object[] cells(T record);

    /**
     * Writes one record; its {@code line} is ignored.
     *
     * @throws IOException if writing fails
     */
    public void write(T record) throws IOException {
        printer.print(cells(record));
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
