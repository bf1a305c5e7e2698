package org.alcove.catalog.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (comma, CRLF, quotes where needed) in UTF-8 without a byte order mark,
 * neutralising spreadsheet formulas in every cell (see {@link FormulaEscaping}).
 */
final class SafeCsvPrinter implements Closeable {

    private final CSVPrinter printer;

    SafeCsvPrinter(Writer out, String... header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord((Object[]) header);
    }

    static Writer utf8(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    static Writer utf8(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void print(Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(cell == null ? "" : FormulaEscaping.neutralise(cell.toString()));
        }
        printer.println();
    }

    void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
